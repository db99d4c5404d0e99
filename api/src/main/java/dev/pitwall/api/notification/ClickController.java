package dev.pitwall.api.notification;

import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.api.web.UuidParameter;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Records a click on a marketing message's link and sends the subscriber on to its target. */
@RestController
class ClickController implements ClickApi {

    private final NotificationStore store;

    ClickController(NotificationStore store) {
        this.store = store;
    }

    @Override
    public ResponseEntity<Void> follow(String notificationId) {
        UUID id = UuidParameter.require("notificationId", notificationId);
        return store.click(id)
                .map(target -> ResponseEntity.status(HttpStatus.FOUND).location(target).<Void>build())
                .orElseThrow(() -> new ResourceNotFoundException("link", "notificationId", notificationId));
    }
}
