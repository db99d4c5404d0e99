package dev.pitwall.api.prompt;

import dev.pitwall.api.PortalProperties;
import dev.pitwall.api.lead.LeadProgress;
import dev.pitwall.api.lead.LeadStatus;
import dev.pitwall.api.notification.Notifications;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.NotificationRequest;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.prompt.PromptContent;
import dev.pitwall.engagement.prompt.PromptTiming;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Prompts subscribers about their vehicles' open leads, one round at a time: every open lead of a subscribed vehicle
 * gets a prompt planned for now or the end of the quiet hours; due prompts are sent by e-mail and in-app as SERVICE
 * messages (the subscriber's opt-outs apply) whose cause is the lead, and the lead becomes CONTACTED. Keyed by the
 * lead, so repeated or concurrent rounds prompt once.
 */
class PromptRunner {

    static final String TEMPLATE = "service-due-prompt";
    static final String ACTOR = "pitwall-prompts";
    private static final Logger LOG = LoggerFactory.getLogger(PromptRunner.class);

    private final PromptRepository repository;
    private final Notifications notifications;
    private final LeadProgress leads;
    private final TransactionOperations transactions;
    private final PromptTiming timing;
    private final PromptContent content;
    private final int batchSize;
    private final Clock clock;

    PromptRunner(PromptRepository repository, Notifications notifications, LeadProgress leads,
            TransactionOperations transactions, PromptProperties properties, PortalProperties portal, Clock clock) {
        this.repository = repository;
        this.notifications = notifications;
        this.leads = leads;
        this.transactions = transactions;
        this.timing = new PromptTiming(properties.quietFrom(), properties.quietUntil(), properties.timeZone());
        this.content = new PromptContent(portal.url());
        this.batchSize = properties.batchSize();
        this.clock = clock;
    }

    /** What a round did. */
    record Round(int planned, int prompted, int skipped) {
    }

    Round runOnce() {
        Instant now = clock.instant();
        int planned = 0;
        List<PromptRepository.Candidate> candidates;
        do {
            candidates = repository.unprompted(batchSize);
            for (PromptRepository.Candidate candidate : candidates) {
                if (repository.plan(candidate, timing.sendAt(now, candidate.urgent()))) {
                    planned++;
                }
            }
        } while (candidates.size() == batchSize);
        int[] sent = {0, 0};
        Integer handled;
        do {
            handled = transactions.execute(tx -> {
                List<PromptRepository.Due> due = repository.lockDue(now, batchSize);
                for (PromptRepository.Due prompt : due) {
                    sent[send(prompt, now) ? 0 : 1]++;
                }
                return due.size();
            });
        } while (handled != null && handled == batchSize);
        return new Round(planned, sent[0], sent[1]);
    }

    /** Sends one due prompt in the round's transaction; false when its lead no longer needs one. */
    private boolean send(PromptRepository.Due prompt, Instant now) {
        PromptContent.Lead lead = prompt.lead();
        if (!"OPEN".equals(prompt.leadStatus()) && !"CONTACTED".equals(prompt.leadStatus())) {
            repository.markSkipped(lead.leadId(), "LEAD_" + prompt.leadStatus());
            return false;
        }
        notifications.enqueue(new NotificationRequest(prompt.subscriberId(), Purpose.SERVICE,
                Set.of(Channel.EMAIL, Channel.IN_APP), TEMPLATE, content.model(lead), content.deepLink(lead),
                Cause.of(CauseKind.LEAD, lead.leadId().toString())));
        repository.markPrompted(lead.leadId(), now);
        leads.advance(lead.leadId(), LeadStatus.CONTACTED, "prompted by e-mail and in-app", ACTOR);
        LOG.debug("prompted {} about lead {}", prompt.subscriberId(), lead.leadId());
        return true;
    }
}
