package dev.pitwall.api.campaign;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.engagement.campaign.Segment;
import dev.pitwall.engagement.campaign.Variant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Campaigns for marketers: checks what they describe, previews segments, and moves campaigns through their states. */
@Service
class CampaignService {

    static final Set<String> CHANNELS = Set.of("EMAIL", "IN_APP");
    static final int DEFAULT_CAP_MESSAGES = 2;
    static final int DEFAULT_CAP_DAYS = 7;

    private final CampaignRepository repository;
    private final CampaignProperties properties;
    private final Clock clock;

    CampaignService(CampaignRepository repository, CampaignProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** How many active subscriptions the segment holds now: the same query the campaign will run. */
    long preview(Segment segment) {
        Segment valid = segment == null ? Segment.everyone() : segment;
        requireValid(valid.violations().stream().map(v -> prefixed("", v)).toList());
        return repository.count(SegmentSql.of(valid, today()));
    }

    Campaign create(CampaignRequest request, Caller caller) {
        requireValid(violations(request));
        CampaignRequest.Trigger trigger = request.trigger();
        Campaign campaign = new Campaign(UUID.randomUUID(), request.name().strip(),
                request.segment() == null ? Segment.everyone() : request.segment(), request.channel(),
                request.variants(), request.controlPercent() == null ? 0 : request.controlPercent(),
                request.cap() == null ? DEFAULT_CAP_MESSAGES : request.cap().messages(),
                request.cap() == null ? DEFAULT_CAP_DAYS : request.cap().days(), trigger.type(),
                "SCHEDULED".equals(trigger.type()) ? trigger.sendAt() : null,
                "EVENT".equals(trigger.type()) ? trigger.event() : null, "DRAFT", caller.subject(), clock.instant(),
                null);
        repository.insert(campaign);
        return campaign;
    }

    Campaign find(UUID id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    Page<Campaign> list(String status, PageQuery page) {
        return repository.findPage(status, page);
    }

    /** DRAFT → ACTIVE: from now on members join and are messaged. */
    Campaign launch(UUID id) {
        return transition(id, "DRAFT", "ACTIVE");
    }

    /** DRAFT or ACTIVE → CANCELLED: nobody else joins, pending members are not messaged. */
    Campaign cancel(UUID id) {
        Campaign campaign = find(id);
        if (campaign.status().equals("DRAFT") || campaign.status().equals("ACTIVE")) {
            if (repository.transition(id, campaign.status(), "CANCELLED")) {
                return find(id);
            }
        }
        throw new CampaignStateException(find(id), "DRAFT or ACTIVE");
    }

    CampaignResults results(UUID id) {
        find(id);
        List<CampaignResults.Group> raw = repository.results(id, properties.attributionDays());
        Double controlRate = raw.stream().filter(g -> g.variant().equals(Variant.CONTROL)).findFirst()
                .map(CampaignService::rate).orElse(null);
        List<CampaignResults.Group> groups = raw.stream().map(g -> {
            Double rate = rate(g);
            Double uplift = g.variant().equals(Variant.CONTROL) || controlRate == null || rate == null ? null
                    : Math.round((rate - controlRate) * 10) / 10.0;
            return new CampaignResults.Group(g.variant(), g.members(), g.sent(), g.capped(), g.suppressed(),
                    g.opened(), g.clicked(), g.booked(), rate, uplift);
        }).toList();
        return new CampaignResults(id, properties.attributionDays(), groups);
    }

    private Campaign transition(UUID id, String from, String to) {
        Campaign campaign = find(id);
        if (!repository.transition(id, from, to)) {
            throw new CampaignStateException(campaign, from);
        }
        return find(id);
    }

    private static Double rate(CampaignResults.Group group) {
        return group.members() == 0 ? null : Math.round(1000.0 * group.booked() / group.members()) / 10.0;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    private List<Violation> violations(CampaignRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > 120) {
            violations.add(new Violation("name", "1 to 120 characters", request.name()));
        }
        if (request.segment() != null) {
            request.segment().violations().forEach(v -> violations.add(prefixed("segment.", v)));
        }
        if (request.channel() == null || !CHANNELS.contains(request.channel())) {
            violations.add(new Violation("channel", "EMAIL or IN_APP", request.channel()));
        }
        Variant.violations(request.variants()).forEach(v -> violations.add(prefixed("", v)));
        if (request.controlPercent() != null && (request.controlPercent() < 0 || request.controlPercent() > 50)) {
            violations.add(new Violation("controlPercent", "a whole number from 0 to 50", request.controlPercent()));
        }
        if (request.cap() != null) {
            if (request.cap().messages() == null || request.cap().messages() < 1 || request.cap().messages() > 100) {
                violations.add(new Violation("cap.messages", "a whole number from 1 to 100", request.cap().messages()));
            }
            if (request.cap().days() == null || request.cap().days() < 1 || request.cap().days() > 365) {
                violations.add(new Violation("cap.days", "a whole number from 1 to 365", request.cap().days()));
            }
        }
        violations.addAll(triggerViolations(request.trigger()));
        return violations;
    }

    private List<Violation> triggerViolations(CampaignRequest.Trigger trigger) {
        List<Violation> violations = new ArrayList<>();
        if (trigger == null || trigger.type() == null) {
            violations.add(new Violation("trigger.type", "SCHEDULED or EVENT", null));
        } else if (trigger.type().equals("SCHEDULED")) {
            if (trigger.sendAt() == null) {
                violations.add(new Violation("trigger.sendAt", "an ISO-8601 instant for a SCHEDULED campaign", null));
            }
            if (trigger.event() != null) {
                violations.add(new Violation("trigger.event", "nothing for a SCHEDULED campaign", trigger.event()));
            }
        } else if (trigger.type().equals("EVENT")) {
            if (trigger.event() == null || !CampaignRunner.EVENT_CONDITIONS.containsKey(trigger.event())) {
                violations.add(new Violation("trigger.event", "one of "
                        + CampaignRunner.EVENT_CONDITIONS.keySet().stream().sorted().toList(), trigger.event()));
            }
            if (trigger.sendAt() != null) {
                violations.add(new Violation("trigger.sendAt", "nothing for an EVENT campaign", trigger.sendAt()));
            }
        } else {
            violations.add(new Violation("trigger.type", "SCHEDULED or EVENT", trigger.type()));
        }
        return violations;
    }

    private static Violation prefixed(String prefix, Segment.Violation v) {
        return new Violation(prefix + v.field(), v.expected(), v.actual());
    }

    private static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("campaign", "campaignId", id.toString());
    }

}
