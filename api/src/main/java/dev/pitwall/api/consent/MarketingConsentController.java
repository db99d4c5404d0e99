package dev.pitwall.api.consent;

import dev.pitwall.api.consent.InvalidConsentException.Violation;
import dev.pitwall.api.web.ProblemTypes;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.api.web.VinParameter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Validates what the caller sent, then asks {@link MarketingConsentService}. Problems about the request body are
 * answered here, each naming the field (all of them in {@code errors}), as the service book does for its body.
 */
@RestController
class MarketingConsentController implements MarketingConsentApi {

    /** The same type as the service book's 409: a request that contradicts stored data. */
    static final URI CONFLICT = URI.create("https://pitwall.dev/problems/conflict");

    private static final Map<String, String> EXPECTED_BY_FIELD = Map.of(
            "subscriberId", "the subscriber's id as text",
            "granted", "true or false",
            "changedAt", "an ISO-8601 instant such as 2026-01-31T10:00:00Z");
    private static final String FIELDS = "subscriberId, granted, changedAt";

    private final MarketingConsentService service;

    MarketingConsentController(MarketingConsentService service) {
        this.service = service;
    }

    @Override
    public VehicleMarketingConsent consent(String vin) {
        VinParameter.require(vin);
        return service.current(vin).orElseThrow(
                () -> new ResourceNotFoundException("marketing consent for the vehicle", "vin", vin));
    }

    @Override
    public ResponseEntity<VehicleMarketingConsent> recordConsent(String vin, MarketingConsentRequest request,
            Authentication caller) {
        VinParameter.require(vin);
        MarketingConsentService.Outcome outcome = service.record(vin, request, caller.getName());
        if (outcome.change() != MarketingConsentService.Change.CREATED) {
            return ResponseEntity.ok(outcome.consent());
        }
        URI location = UriComponentsBuilder.fromPath("/api/v1/vehicles/{vin}/marketing-consent").build(vin);
        return ResponseEntity.created(location).body(outcome.consent());
    }

    @ExceptionHandler(InvalidConsentException.class)
    ResponseEntity<ProblemDetail> invalidConsent(InvalidConsentException ex) {
        return invalid(ex.violations());
    }

    @ExceptionHandler(ConsentConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConsentConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setType(CONFLICT);
        problem.setTitle("Conflicts with the current consent");
        problem.setProperty("parameter", ex.field());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** A body that is not JSON, or a field of the wrong type: name the field when Jackson knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = jacksonCause(ex);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new Violation(field(unknown), "only the fields " + FIELDS, "an unknown field")));
        }
        if (jackson == null || jackson.getPath().isEmpty()) {
            String what = jackson == null ? ex.getMostSpecificCause().getMessage() : jackson.getOriginalMessage();
            return invalid(List.of(new Violation("body", "a JSON object with the fields " + FIELDS,
                    what == null ? "nothing" : what.lines().findFirst().orElse(what))));
        }
        String field = field(jackson);
        Object actual = jackson instanceof InvalidFormatException format ? format.getValue()
                : "a value of another type";
        return invalid(List.of(new Violation(field, EXPECTED_BY_FIELD.getOrDefault(field, "a value of the right type"),
                actual)));
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

    /** The top-level field Jackson could not read (the body is flat). */
    private static String field(JacksonException ex) {
        String name = ex.getPath().isEmpty() ? null : ex.getPath().get(0).getPropertyName();
        return name == null ? "body" : name;
    }
}
