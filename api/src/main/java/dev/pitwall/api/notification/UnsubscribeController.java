package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.Purpose;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Unsubscribe links. A browser gets a small page (a person clicked the link), anyone else JSON; the token is the
 * credential, so these routes need no bearer token.
 */
@RestController
class UnsubscribeController implements UnsubscribeApi {

    private final PreferenceService service;

    UnsubscribeController(PreferenceService service) {
        this.service = service;
    }

    @Override
    public ResponseEntity<Object> preview(String token, String accept) {
        Unsubscription state = service.preview(token);
        if (!wantsHtml(accept)) {
            return ResponseEntity.ok(state);
        }
        String what = describe(state.channel(), state.purpose());
        String form = "<form method=\"post\" action=\"" + UnsubscribeLinks.PATH + "?token="
                + HtmlUtils.htmlEscape(token) + "\"><button type=\"submit\">Unsubscribe</button></form>";
        return html(state.receiving()
                ? page("Unsubscribe from " + what + "?", form)
                : page("You do not receive " + what + ".", ""));
    }

    @Override
    public ResponseEntity<Object> unsubscribe(String token, String accept) {
        Unsubscription state = service.unsubscribe(token);
        if (!wantsHtml(accept)) {
            return ResponseEntity.ok(state);
        }
        return html(page("You are unsubscribed from " + describe(state.channel(), state.purpose()) + ".",
                "<p>Change what you receive at any time in the app's notification settings.</p>"));
    }

    private static boolean wantsHtml(String accept) {
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String describe(Channel channel, Purpose purpose) {
        String what = purpose == Purpose.MARKETING ? "offers" : "service messages";
        return switch (channel) {
            case EMAIL -> what + " by e-mail";
            case IN_APP -> what + " in the app";
            case WEBHOOK -> what + " through connected services";
        };
    }

    private static String page(String title, String content) {
        String escaped = HtmlUtils.htmlEscape(title);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escaped
                + "</title></head><body><h1>" + escaped + "</h1>" + content + "</body></html>";
    }

    private static ResponseEntity<Object> html(String page) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }
}
