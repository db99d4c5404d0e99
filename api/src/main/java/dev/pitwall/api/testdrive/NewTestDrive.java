package dev.pitwall.api.testdrive;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.vehicle.Vin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-drive request whose fields each hold what they must; the vehicle, model, dealer and slot are checked
 * against stored data when it is booked. Its fields in this order are the request's canonical form, which a repeated
 * Idempotency-Key is compared by.
 */
record NewTestDrive(String vin, String modelId, String dealerId, Instant startsAt) {

    static final int MAX_ID_LENGTH = 100;
    static final String MODEL_EXPECTED = "the id of a model in the model catalog, e.g. vw-cityline-e (the modelId of "
            + "GET /api/v1/vehicles/{vin}/repurchase-recommendation)";
    static final String DEALER_EXPECTED = "the id of a DEALER of the model's brand, e.g. dl-001 (a slot's dealerId)";
    static final String STARTS_AT_EXPECTED = "an ISO-8601 instant: the startsAt of a slot from GET "
            + "/api/v1/vehicles/{vin}/test-drive-slots";

    /** Reads a request, naming every field that is missing or malformed at once. */
    static NewTestDrive of(TestDriveRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!Vin.isValid(request.vin())) {
            violations.add(new Violation("vin", VinParameter.EXPECTED, request.vin()));
        }
        String modelId = id(request.modelId(), "modelId", MODEL_EXPECTED, violations);
        String dealerId = id(request.dealerId(), "dealerId", DEALER_EXPECTED, violations);
        if (request.startsAt() == null) {
            violations.add(new Violation("startsAt", STARTS_AT_EXPECTED, null));
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        return new NewTestDrive(request.vin(), modelId, dealerId, request.startsAt());
    }

    private static String id(String value, String field, String expected, List<Violation> violations) {
        String id = value == null ? null : value.strip();
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            violations.add(new Violation(field, expected, value));
        }
        return id;
    }
}
