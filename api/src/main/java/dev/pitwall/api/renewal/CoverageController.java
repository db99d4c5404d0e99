package dev.pitwall.api.renewal;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.VinParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent, then asks {@link CoverageService}. */
@RestController
class CoverageController implements CoverageApi {

    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("subscriberId", "the id of a known subscriber"), Field.of("vin", VinParameter.EXPECTED),
            Field.of("kind", "WARRANTY or INSURANCE"), Field.of("productName", "text"),
            Field.of("startsOn", "a date such as 2026-04-01"), Field.of("endsOn", "a date such as 2027-04-01"),
            Field.of("monthlyPrice", "an amount such as 39.00"), Field.of("currency", "an ISO 4217 code such as EUR"));

    private final CoverageService service;
    private final ApiProperties limits;

    CoverageController(CoverageService service, ApiProperties limits) {
        this.service = service;
        this.limits = limits;
    }

    @Override
    public ResponseEntity<Coverage> create(CoverageRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.create(request));
    }

    @Override
    public Page<Coverage> coverages(String vin, Integer page, Integer size) {
        return service.list(Caller.current(), vin == null ? null : VinParameter.require(vin),
                PageQuery.of(page, size, limits.paging()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
