package dev.pitwall.api.subscription;

import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.ResourceNotFoundException;
import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Hands the request to {@link SubscriptionService}; an unreadable body is answered here, naming the field. */
@RestController
class SubscriberController implements SubscriberApi {

    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("subscriberId", SubscriberRequest.ID_EXPECTED),
            Field.of("displayName", "text"),
            Field.of("email", "an e-mail address as text"));

    private final SubscriptionService service;

    SubscriberController(SubscriptionService service) {
        this.service = service;
    }

    @Override
    public ResponseEntity<Subscriber> register(SubscriberRequest request) {
        SubscriptionService.Created<Subscriber> outcome = service.register(request);
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.value());
        }
        URI location = UriComponentsBuilder.fromPath("/api/v1/subscribers/{subscriberId}")
                .build(outcome.value().subscriberId());
        return ResponseEntity.created(location).body(outcome.value());
    }

    @Override
    public Subscriber subscriber(String subscriberId) {
        return service.subscriber(subscriberId).orElseThrow(() -> notFound(subscriberId));
    }

    static ResourceNotFoundException notFound(String subscriberId) {
        return new ResourceNotFoundException("subscriber", "subscriberId", subscriberId);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
