package dev.pitwall.api.lead;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a lead forward when something else in Pitwall acts on it: a prompt went out (CONTACTED), the subscriber
 * booked (BOOKED). Unlike an advisor's change it never fails the caller: a lead that is already further along, or
 * closed, stays as it is. Runs in the caller's transaction, so the lead moves exactly when the prompt or booking is
 * stored.
 */
@Component
public class LeadProgress {

    private final LeadRepository repository;

    LeadProgress(LeadRepository repository) {
        this.repository = repository;
    }

    /** The lead's status afterwards; empty when there is no such lead. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LeadStatus> advance(UUID leadId, LeadStatus target, String note, String actor) {
        Optional<Lead> lead = repository.find(leadId);
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        LeadStatus current = lead.get().status();
        if (current != target && current.canMoveTo(target)
                && repository.changeStatus(leadId, current, target, note, actor)) {
            return Optional.of(target);
        }
        return repository.find(leadId).map(Lead::status);
    }
}
