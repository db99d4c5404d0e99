package dev.pitwall.api.lead;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Service-due leads for advisors and operators: the work list, one lead with its history, and the lifecycle
 * steps; subscribers read the leads of their own vehicles. Takes validated input; an empty result means the lead is
 * unknown to the caller.
 */
@Service
class LeadService {

    private final LeadRepository repository;
    private final TransactionOperations transactions;

    LeadService(LeadRepository repository, TransactionOperations transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    /** The leads of the vehicles the caller may act on. */
    Page<Lead> leads(LeadQuery query, PageQuery page) {
        return repository.findPage(Caller.current(), query, page);
    }

    /** The lead if the caller may act on its vehicle: another subscriber's lead is answered as unknown. */
    Optional<LeadDetail> lead(UUID leadId) {
        return repository.find(Caller.current(), leadId).map(this::withHistory);
    }

    private LeadDetail withHistory(Lead lead) {
        return new LeadDetail(lead, repository.history(UUID.fromString(lead.leadId())));
    }

    /**
     * Moves a lead to {@code target}, recording who did it and why. Asking for the status the lead already has
     * changes nothing (a retry after a lost answer is safe), also when it got there by someone else's request.
     *
     * @return the lead after the change, empty when there is no such lead
     * @throws LeadStatusConflictException when the lead's status does not allow {@code target}, including when
     *         another request changed it between reading and writing (the conditional update found another status)
     */
    Optional<LeadDetail> changeStatus(UUID leadId, LeadStatus target, String note, String actor) {
        return transactions.execute(tx -> {
            Optional<Lead> found = repository.find(leadId);
            if (found.isEmpty()) {
                return Optional.<LeadDetail>empty();
            }
            LeadStatus current = found.get().status();
            if (current != target) {
                if (!current.canMoveTo(target)) {
                    throw new LeadStatusConflictException(leadId.toString(), current, target);
                }
                if (!repository.changeStatus(leadId, current, target, note, actor)) {
                    // lost a race: read committed sees the winner's status now
                    LeadStatus now = repository.find(leadId).map(Lead::status).orElse(current);
                    if (now != target) {
                        throw new LeadStatusConflictException(leadId.toString(), now, target);
                    }
                }
            }
            // the fleet roles' step (the security rules let no one else change a lead): no owner filter
            return repository.find(leadId).map(this::withHistory);
        });
    }
}
