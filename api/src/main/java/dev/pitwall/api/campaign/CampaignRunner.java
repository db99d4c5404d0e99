package dev.pitwall.api.campaign;

import dev.pitwall.engagement.campaign.Variant;
import dev.pitwall.engagement.campaign.VariantAssignment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs active campaigns, one round at a time: members join (a scheduled campaign's whole segment once its time has
 * come, an event campaign's vehicles as their event happens), each into the control group or a variant, and pending
 * members are messaged under the frequency cap. Every step is keyed by (campaign, subscriber, vehicle), so a repeated
 * or concurrent round changes nothing twice.
 */
class CampaignRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignRunner.class);

    /** The event a campaign listens for, as a condition on the audience's subscription {@code s}. */
    static final Map<String, String> EVENT_CONDITIONS = Map.of(
            "LEAD_OPENED", "EXISTS (SELECT 1 FROM service_lead l WHERE l.vin = s.vin AND " + SegmentSql.OPEN_LEAD + ")",
            "OFFER_SENT", "EXISTS (SELECT 1 FROM offer o WHERE o.vin = s.vin AND o.status = 'SENT')",
            "ALARM_RAISED", "EXISTS (SELECT 1 FROM vehicle_alarm a WHERE a.vin = s.vin AND a.cleared_at IS NULL)");

    private final CampaignRepository repository;
    private final CampaignMessenger messenger;
    private final TransactionOperations transactions;
    private final CampaignProperties properties;
    private final Clock clock;

    CampaignRunner(CampaignRepository repository, CampaignMessenger messenger, TransactionOperations transactions,
            CampaignProperties properties, Clock clock) {
        this.repository = repository;
        this.messenger = messenger;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a round did. */
    record Round(int joined, int sent, int capped, int suppressed) {
    }

    Round runOnce() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        int joined = 0;
        int[] messaged = new int[3];
        for (Campaign campaign : repository.dueOrListening(now)) {
            joined += join(campaign, today);
            int[] outcome = message(campaign);
            for (int i = 0; i < 3; i++) {
                messaged[i] += outcome[i];
            }
            if ("SCHEDULED".equals(campaign.triggerType()) && !repository.hasPending(campaign.campaignId())) {
                repository.transition(campaign.campaignId(), "ACTIVE", "COMPLETED");
            }
        }
        return new Round(joined, messaged[0], messaged[1], messaged[2]);
    }

    private int join(Campaign campaign, LocalDate today) {
        SegmentSql segment = SegmentSql.of(campaign.segment(), today);
        String event = campaign.triggerEvent() == null ? null : EVENT_CONDITIONS.get(campaign.triggerEvent());
        VariantAssignment assignment = new VariantAssignment(campaign.campaignId(), campaign.controlPercent(),
                campaign.variants());
        int joined = 0;
        while (true) {
            List<CampaignRepository.Audience> batch = repository.newAudience(campaign.campaignId(), segment, event,
                    properties.batchSize());
            if (batch.isEmpty()) {
                return joined;
            }
            for (CampaignRepository.Audience member : batch) {
                if (repository.join(campaign.campaignId(), member,
                        assignment.assign(member.subscriberId(), member.vin()))) {
                    joined++;
                }
            }
        }
    }

    /** Sent, capped and suppressed members of this round. */
    private int[] message(Campaign campaign) {
        int[] counts = new int[3];
        while (true) {
            Integer handled = transactions.execute(tx -> {
                List<CampaignRepository.PendingMember> pending = repository.lockPending(campaign.campaignId(),
                        properties.batchSize());
                for (CampaignRepository.PendingMember member : pending) {
                    counts[messageOne(campaign, member)]++;
                }
                return pending.size();
            });
            if (handled == null || handled == 0) {
                return counts;
            }
        }
    }

    private int messageOne(Campaign campaign, CampaignRepository.PendingMember member) {
        Instant now = clock.instant();
        repository.lockSubscriber(member.subscriberId());
        if (repository.sentSince(member.subscriberId(), now.minus(Duration.ofDays(campaign.capDays())))
                >= campaign.capMessages()) {
            repository.settle(member, "CAPPED", null, null);
            return 1;
        }
        Variant variant = campaign.variants().stream().filter(v -> v.key().equals(member.variant())).findFirst()
                .orElseThrow(() -> new IllegalStateException("campaign " + campaign.campaignId() + " has no variant "
                        + member.variant()));
        Optional<UUID> message = messenger.enqueue(campaign, variant, member.subscriberId(), member.vin());
        if (message.isEmpty()) {
            repository.settle(member, "SUPPRESSED", null, null);
            return 2;
        }
        repository.settle(member, "SENT", message.get(), now);
        LOG.debug("campaign {}: message {} to {} ({})", campaign.campaignId(), message.get(), member.subscriberId(),
                member.vin());
        return 0;
    }
}
