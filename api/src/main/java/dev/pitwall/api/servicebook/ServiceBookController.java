package dev.pitwall.api.servicebook;

import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.PointLimit;
import dev.pitwall.api.web.ProblemTypes;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.servicebook.ServiceRecordRules.Violation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Validates what the caller sent, then asks {@link ServiceBookService}. Problems about the request body are
 * answered here, each naming the field (and all of them at once in {@code errors}): the shared
 * {@code ApiProblemHandler} knows single query parameters only.
 */
@RestController
class ServiceBookController implements ServiceBookApi {

    /** A request that contradicts stored data; candidate for ProblemTypes once another feature needs it. */
    static final URI CONFLICT = URI.create("https://pitwall.dev/problems/conflict");

    private static final Map<String, String> EXPECTED_BY_FIELD = Map.of(
            "items", "an array of item names, e.g. [\"OIL_SERVICE\"]",
            "performedAt", "an ISO-8601 instant such as 2026-01-31T10:00:00Z",
            "odometerKm", "a number of km",
            "engineHours", "a number of hours",
            "workshop", "text",
            "notes", "text");
    private static final String FIELDS = "items, performedAt, odometerKm, engineHours, workshop, notes";

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

    @ExceptionHandler(InvalidServiceRecordException.class)
    ResponseEntity<ProblemDetail> invalidRecord(InvalidServiceRecordException ex) {
        return invalid(ex.violations());
    }

    @ExceptionHandler(ServiceRecordConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ServiceRecordConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setType(CONFLICT);
        problem.setTitle("Conflicts with a stored record");
        problem.setProperty("parameter", ex.field());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** A body that is not JSON, or a field of the wrong type: name the field when Jackson knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = jacksonCause(ex);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new Violation(path(unknown), "only the fields " + FIELDS, "an unknown field")));
        }
        if (jackson == null || jackson.getPath().isEmpty()) {
            String what = jackson == null ? ex.getMostSpecificCause().getMessage() : jackson.getOriginalMessage();
            return invalid(List.of(new Violation("body", "a JSON object with the fields " + FIELDS,
                    what == null ? "nothing" : what.lines().findFirst().orElse(what))));
        }
        String field = path(jackson);
        String top = Objects.requireNonNullElse(jackson.getPath().get(0).getPropertyName(), "");
        String expected = field.startsWith("items[") ? "an item name as text"
                : EXPECTED_BY_FIELD.getOrDefault(top, "a value of the right type");
        Object actual = jackson instanceof InvalidFormatException format ? format.getValue()
                : "a value of another type";
        return invalid(List.of(new Violation(field, expected, actual)));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<Violation> violations) {
        String detail = String.join(" ", violations.stream().map(Violation::message).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(ProblemTypes.INVALID_PARAMETER);
        problem.setTitle("Invalid request parameter");
        // parameter/expected as every other 400 of this API has them (the first bad field); errors: all of them
        problem.setProperty("parameter", violations.get(0).field());
        problem.setProperty("expected", violations.get(0).expected());
        problem.setProperty("errors", violations.stream().map(v -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("parameter", v.field());
            error.put("expected", v.expected());
            error.put("actual", v.actual() == null ? null : String.valueOf(v.actual()));
            return error;
        }).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    private static JacksonException jacksonCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** "odometerKm", "items[1]": the JSON path of the field Jackson could not read. */
    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
