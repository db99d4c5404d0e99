package dev.pitwall.api.prompt;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.lead.Lead;
import dev.pitwall.api.lead.VisibleLeads;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.api.web.UuidParameter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent, then reads leads and prompts. */
@RestController
class PromptController implements PromptApi {

    static final ApiProperties.TimeWindow FUNNEL_WINDOW = new ApiProperties.TimeWindow(Duration.ofDays(30),
            Duration.ofDays(366));

    private final VisibleLeads leads;
    private final PromptRepository prompts;
    private final Clock clock;

    PromptController(VisibleLeads leads, PromptRepository prompts, Clock clock) {
        this.leads = leads;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public BookingDraft bookingDraft(String leadId) {
        UUID id = UuidParameter.require("leadId", leadId);
        Caller caller = Caller.current();
        Lead lead = leads.find(caller, id).orElseThrow(() -> new ResourceNotFoundException("lead", "leadId", leadId));
        if (caller.has(Role.SUBSCRIBER) && !caller.isFleetStaff()) {
            prompts.markOpened(id, clock.instant());
        }
        List<String> services = lead.suggestedService() == null || lead.suggestedService().isEmpty() ? List.of()
                : List.of(lead.suggestedService());
        return new BookingDraft(lead.leadId(), lead.vin(), services, lead.reason().name(), lead.evidence(),
                lead.workshops());
    }

    @Override
    public PromptFunnel funnel(Instant from, Instant to) {
        TimeRange range = TimeRange.of(from, to, FUNNEL_WINDOW, clock.instant());
        return prompts.funnel(range.from(), range.to());
    }
}
