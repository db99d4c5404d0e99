package dev.pitwall.api.notification;

import dev.pitwall.api.web.UuidParameter;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.ResourceNotFoundException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** Operators' management of webhook endpoints. */
@RestController
class WebhookController implements WebhookApi {

    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("url", "an absolute http or https URL as text"),
            Field.array("events", "a list of cause kinds", "one of LEAD, CAMPAIGN, OFFER, BOOKING, RENEWAL"),
            Field.of("description", "text"));

    private final WebhookService service;
    private final ApiProperties api;

    WebhookController(WebhookService service, ApiProperties api) {
        this.service = service;
        this.api = api;
    }

    @Override
    public ResponseEntity<WebhookEndpoint> register(NewWebhookEndpoint request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.register(request, Caller.current().subject()));
    }

    @Override
    public Page<WebhookEndpoint> endpoints(Integer page, Integer size) {
        return service.list(PageQuery.of(page, size, api.paging()));
    }

    @Override
    public ResponseEntity<Void> remove(String webhookId) {
        UUID id = UuidParameter.require("webhookId", webhookId);
        if (!service.remove(id)) {
            throw new ResourceNotFoundException("webhook endpoint", "webhookId", id.toString());
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
