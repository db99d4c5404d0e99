package dev.pitwall.api.renewal;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.vehicle.Vin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Warranties and insurances: the products besides the subscription itself that renewal offers are made for. */
@Service
class CoverageService {

    static final Set<String> KINDS = Set.of("WARRANTY", "INSURANCE");

    private final CoverageRepository repository;
    private final VehicleAccess access;

    CoverageService(CoverageRepository repository, VehicleAccess access) {
        this.repository = repository;
        this.access = access;
    }

    Coverage create(CoverageRequest request) {
        List<Violation> violations = violations(request);
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        Coverage coverage = new Coverage(UUID.randomUUID(), request.subscriberId(), request.vin(), request.kind(),
                request.productName().strip(), request.startsOn(), request.endsOn(), request.monthlyPrice(),
                request.currency(), "ACTIVE");
        repository.insert(coverage);
        return coverage;
    }

    Page<Coverage> list(Caller caller, String vin, PageQuery page) {
        return repository.findPage(access.restrictToSubscriber(caller, "r.subscriber_id"), vin, page);
    }

    private List<Violation> violations(CoverageRequest r) {
        List<Violation> violations = new ArrayList<>();
        if (r.subscriberId() == null || !repository.subscriberExists(r.subscriberId())) {
            violations.add(new Violation("subscriberId", "the id of a known subscriber", r.subscriberId()));
        }
        if (!Vin.isValid(r.vin())) {
            violations.add(new Violation("vin", VinParameter.EXPECTED, r.vin()));
        }
        if (r.kind() == null || !KINDS.contains(r.kind())) {
            violations.add(new Violation("kind", "WARRANTY or INSURANCE", r.kind()));
        }
        if (r.productName() == null || r.productName().isBlank() || r.productName().length() > 120) {
            violations.add(new Violation("productName", "1 to 120 characters", r.productName()));
        }
        if (r.startsOn() == null) {
            violations.add(new Violation("startsOn", "a date such as 2026-04-01", null));
        }
        if (r.endsOn() == null || (r.startsOn() != null && !r.endsOn().isAfter(r.startsOn()))) {
            violations.add(new Violation("endsOn", "a date after startsOn", r.endsOn()));
        }
        if (r.monthlyPrice() == null || r.monthlyPrice().signum() < 0 || r.monthlyPrice().scale() > 2
                || r.monthlyPrice().precision() - r.monthlyPrice().scale() > 8) {
            violations.add(new Violation("monthlyPrice", "an amount of 0 or more with at most 2 decimals",
                    r.monthlyPrice()));
        }
        if (r.currency() == null || !r.currency().matches("[A-Z]{3}")) {
            violations.add(new Violation("currency", "an ISO 4217 code such as EUR", r.currency()));
        }
        return violations;
    }
}
