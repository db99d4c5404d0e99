package dev.pitwall.api.idempotency;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A response as it was sent and is kept for repeats: status, JSON body exactly as written, and Location if any.
 *
 * @param replayed whether this is a repeat's copy of the first response rather than the first response itself
 */
public record StoredResponse(int status, String body, String location, boolean replayed) {

    /** Set on a repeat's answer, so that a client can tell; everything else is the first response's. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public static StoredResponse of(int status, String body, URI location) {
        return new StoredResponse(status, body, location == null ? null : location.toString(), false);
    }

    StoredResponse asReplay() {
        return new StoredResponse(status, body, location, true);
    }

    /** The HTTP answer: the body's bytes unchanged, so that a repeat answers byte for byte what the first did. */
    public ResponseEntity<String> toResponseEntity() {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (location != null) {
            response.header(HttpHeaders.LOCATION, location);
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.body(body);
    }
}
