package dev.pitwall.api.lead;

import dev.pitwall.api.security.Caller;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A lead as another feature may show it to a caller: only if the caller may act on the lead's vehicle. */
@Component
public class VisibleLeads {

    private final LeadRepository repository;

    VisibleLeads(LeadRepository repository) {
        this.repository = repository;
    }

    public Optional<Lead> find(Caller caller, UUID leadId) {
        return repository.find(caller, leadId);
    }
}
