package dev.pitwall.api.subscription;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Validates what the caller sent against the API's limits, then asks {@link SubscriptionService}. An unreadable body
 * is answered here, naming the field (only this controller knows the bodies' fields).
 */
@RestController
class SubscriptionController implements SubscriptionApi {

    static final String SUBSCRIPTION_ID_EXPECTED = "a UUID such as " + SUBSCRIPTION_ID_EXAMPLE;
    private static final Pattern UUID_FORM = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private static final RequestBodyFields SUBSCRIPTION_BODY = new RequestBodyFields(
            Field.of("subscriberId", "a registered subscriber's id as text"),
            Field.of("vin", "a VIN as text"),
            Field.of("plan", "text"),
            Field.of("startsOn", SubscriptionRequest.DATE_EXPECTED),
            Field.of("endsOn", SubscriptionRequest.DATE_EXPECTED));
    private static final RequestBodyFields ENDING_BODY = new RequestBodyFields(
            Field.of("status", SubscriptionEnding.EXPECTED + " as text"));

    private final SubscriptionService service;
    private final ApiProperties limits;

    SubscriptionController(SubscriptionService service, ApiProperties limits) {
        this.service = service;
        this.limits = limits;
    }

    @Override
    public ResponseEntity<Subscription> subscribe(SubscriptionRequest request) {
        Subscription subscription = service.subscribe(request);
        URI location = UriComponentsBuilder.fromPath("/api/v1/subscriptions/{subscriptionId}")
                .build(subscription.subscriptionId());
        return ResponseEntity.created(location).body(subscription);
    }

    @Override
    public Page<Subscription> subscriptions(String vin, String subscriberId, SubscriptionStatus status, Integer page,
            Integer size) {
        SubscriptionQuery query = SubscriptionQuery.of(vin, subscriberId, status);
        return service.subscriptions(query, PageQuery.of(page, size, limits.paging()));
    }

    @Override
    public Subscription subscription(String subscriptionId) {
        UUID id = subscriptionId(subscriptionId);
        return service.subscription(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Subscription end(String subscriptionId, SubscriptionEnding ending) {
        UUID id = subscriptionId(subscriptionId);
        return service.end(id, endStatus(ending.status())).orElseThrow(() -> notFound(id));
    }

    /** Only the canonical 8-4-4-4-12 form: {@link UUID#fromString} also takes "1-2-3-4-5". */
    static UUID subscriptionId(String subscriptionId) {
        if (subscriptionId == null || !UUID_FORM.matcher(subscriptionId).matches()) {
            throw new InvalidParameterException("subscriptionId", SUBSCRIPTION_ID_EXPECTED, subscriptionId);
        }
        return UUID.fromString(subscriptionId.toLowerCase(Locale.ROOT));
    }

    private static SubscriptionStatus endStatus(String status) {
        String name = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        if (name.equals(SubscriptionStatus.ENDED.name()) || name.equals(SubscriptionStatus.CANCELLED.name())) {
            return SubscriptionStatus.valueOf(name);
        }
        throw new InvalidBodyException(List.of(new Violation("status", SubscriptionEnding.EXPECTED, status)));
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("subscription", "subscriptionId", id.toString());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        RequestBodyFields body = request.getRequestURI().endsWith("/end") ? ENDING_BODY : SUBSCRIPTION_BODY;
        return ApiProblemHandler.problem(body.unreadable(ex));
    }
}
