package dev.pitwall.api.servicebook;

import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.PointLimit;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.VinParameter;
import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Validates what the caller sent, then asks {@link ServiceBookService}. A body Jackson could not read is answered
 * here, naming the field (only this controller knows the body's fields); the fields that break a rule (all of them
 * at once in {@code errors}) and conflicts, by the shared {@link ApiProblemHandler}.
 */
@RestController
class ServiceBookController implements ServiceBookApi {

    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.array("items", "an array of item names, e.g. [\"OIL_SERVICE\"]", "an item name as text"),
            Field.of("performedAt", "an ISO-8601 instant such as 2026-01-31T10:00:00Z"),
            Field.of("odometerKm", "a number of km"),
            Field.of("engineHours", "a number of hours"),
            Field.of("workshop", "text"),
            Field.of("notes", "text"));

    private final ServiceBookService service;
    private final ServiceBookProperties limits;

    ServiceBookController(ServiceBookService service, ServiceBookProperties limits) {
        this.service = service;
        this.limits = limits;
    }

    @Override
    public ServiceBook serviceBook(String vin, Integer limit) {
        VinParameter.require(vin);
        int entries = PointLimit.of(limit, limits.defaultHistoryLimit(), limits.maxHistoryLimit());
        return service.book(vin, entries).orElseThrow(() -> new VehicleNotFoundException(vin));
    }

    @Override
    public ResponseEntity<RecordedServices> recordService(String vin, ServiceRecordRequest request) {
        VinParameter.require(vin);
        ServiceBookService.RecordingOutcome outcome = service.record(vin, request)
                .orElseThrow(() -> new VehicleNotFoundException(vin));
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.records());
        }
        URI book = UriComponentsBuilder.fromPath("/api/v1/vehicles/{vin}/service-book").build(vin);
        return ResponseEntity.created(book).body(outcome.records());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
