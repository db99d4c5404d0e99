package dev.pitwall.api.renewal;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.UuidParameter;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.engagement.renewal.RenewalOfferStatus;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent, then asks {@link RenewalService} on behalf of the calling subscriber or staff. */
@RestController
class RenewalController implements RenewalApi {

    private static final String STATUSES = Arrays.stream(RenewalOfferStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("reason", "text of up to " + RenewalDecline.MAX_REASON + " characters"));

    private final RenewalService service;
    private final ApiProperties limits;
    private final Clock clock;

    RenewalController(RenewalService service, ApiProperties limits, Clock clock) {
        this.service = service;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Page<RenewalOffer> renewalOffers(String status, String vin, Integer page, Integer size) {
        return service.list(Caller.current(), status(status), vin == null ? null : VinParameter.require(vin),
                PageQuery.of(page, size, limits.paging()));
    }

    @Override
    public RenewalOffer renewalOffer(String offerId) {
        return service.find(Caller.current(), UuidParameter.require("offerId", offerId));
    }

    @Override
    public RenewalOffer accept(String offerId) {
        return service.accept(Caller.current(), UuidParameter.require("offerId", offerId), service.today(clock));
    }

    @Override
    public RenewalOffer decline(String offerId, RenewalDecline decline) {
        String reason = decline == null ? null : decline.reason();
        if (reason != null && reason.length() > RenewalDecline.MAX_REASON) {
            throw new InvalidBodyException(List.of(new InvalidBodyException.Violation("reason",
                    "text of up to " + RenewalDecline.MAX_REASON + " characters",
                    reason.length() + " characters")));
        }
        return service.decline(Caller.current(), UuidParameter.require("offerId", offerId), reason,
                service.today(clock));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }

    private static RenewalOfferStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return RenewalOfferStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", "one of " + STATUSES, status);
        }
    }
}
