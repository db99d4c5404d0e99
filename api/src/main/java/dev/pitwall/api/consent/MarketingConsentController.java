package dev.pitwall.api.consent;

import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.api.web.VinParameter;
import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Validates what the caller sent, then asks {@link MarketingConsentService}. A body Jackson could not read is
 * answered here, naming the field (only this controller knows the body's fields); the fields that break a rule and
 * conflicts, by the shared {@link ApiProblemHandler}.
 */
@RestController
class MarketingConsentController implements MarketingConsentApi {

    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("subscriberId", "the subscriber's id as text"),
            Field.of("granted", "true or false"),
            Field.of("changedAt", "an ISO-8601 instant such as 2026-01-31T10:00:00Z"));

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
    public ResponseEntity<VehicleMarketingConsent> recordConsent(String vin, MarketingConsentRequest request) {
        VinParameter.require(vin);
        MarketingConsentService.Outcome outcome = service.record(vin, request);
        if (outcome.change() != MarketingConsentService.Change.CREATED) {
            return ResponseEntity.ok(outcome.consent());
        }
        URI location = UriComponentsBuilder.fromPath("/api/v1/vehicles/{vin}/marketing-consent").build(vin);
        return ResponseEntity.created(location).body(outcome.consent());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
