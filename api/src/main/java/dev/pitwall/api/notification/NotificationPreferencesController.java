package dev.pitwall.api.notification;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in subscriber's preferences; the token's subject is the subscriber. */
@RestController
class NotificationPreferencesController implements NotificationPreferencesApi {

    private static final RequestBodyFields BODY = new RequestBodyFields(Field.array("preferences",
            "a list of choices", "a choice {\"channel\": EMAIL|IN_APP|WEBHOOK, \"purpose\": SERVICE|MARKETING, "
                    + "\"optedIn\": true|false}"));

    private final PreferenceService service;

    NotificationPreferencesController(PreferenceService service) {
        this.service = service;
    }

    @Override
    public NotificationPreferences preferences() {
        return service.preferences(Caller.current().subject());
    }

    @Override
    public NotificationPreferences update(PreferencesUpdate update) {
        Caller caller = Caller.current();
        return service.update(caller.subject(), update, caller.subject());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
