package dev.pitwall.api.subscription;

import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.vehicle.Vin;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A new subscription as an operator records it: exactly the fields a caller may set; it starts ACTIVE. */
@Schema(description = "A new subscription of a subscriber to a vehicle", example = """
        {"subscriberId": "sub-4711", "vin": "WVWZZZCDZLW123456", "plan": "comfort-24", "startsOn": "2026-02-01",
         "endsOn": "2028-01-31"}""")
public record SubscriptionRequest(
        @Schema(description = "A registered subscriber's id (POST /api/v1/subscribers first)",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "sub-4711") String subscriberId,
        @Schema(description = "The vehicle: 17 characters, digits and capital letters except I, O and Q; it need not "
                + "have reported yet", requiredMode = Schema.RequiredMode.REQUIRED, example = "WVWZZZCDZLW123456")
        String vin,
        @Schema(description = "The plan's name, 1 to 100 characters", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "comfort-24") String plan,
        @Schema(description = "First day", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-02-01")
        LocalDate startsOn,
        @Schema(description = "Planned end: after startsOn and after today",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2028-01-31") LocalDate endsOn) {

    static final int MAX_PLAN_LENGTH = 100;
    static final String DATE_EXPECTED = "an ISO-8601 date such as 2026-02-01";

    /** The request with surrounding spaces removed. */
    SubscriptionRequest stripped() {
        return new SubscriptionRequest(SubscriberRequest.strip(subscriberId), SubscriberRequest.strip(vin),
                SubscriberRequest.strip(plan), startsOn, endsOn);
    }

    /** Every field that breaks a rule, of a {@link #stripped()} request, judged on {@code today}. */
    List<Violation> violations(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (subscriberId == null || subscriberId.isEmpty()) {
            violations.add(new Violation("subscriberId", "a registered subscriber's id", subscriberId));
        }
        if (!Vin.isValid(vin)) {
            violations.add(new Violation("vin", VinParameter.EXPECTED, vin));
        }
        if (plan == null || plan.isEmpty() || plan.length() > MAX_PLAN_LENGTH) {
            violations.add(new Violation("plan", "the plan's name, 1 to " + MAX_PLAN_LENGTH + " characters", plan));
        }
        if (startsOn == null) {
            violations.add(new Violation("startsOn", DATE_EXPECTED, null));
        }
        if (endsOn == null) {
            violations.add(new Violation("endsOn", DATE_EXPECTED, null));
        } else if (startsOn != null && !endsOn.isAfter(startsOn)) {
            violations.add(new Violation("endsOn", "a date after startsOn (" + startsOn + ")", endsOn));
        } else if (!endsOn.isAfter(today)) {
            violations.add(new Violation("endsOn", "a date after today (" + today + "): a subscription that has "
                    + "ended already cannot start ACTIVE", endsOn));
        }
        return violations;
    }
}
