package dev.pitwall.api.subscription;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A subscriber of the car-subscription service, identified by the subject of the tokens issued for them. */
@Schema(description = "A subscriber", example = Subscriber.EXAMPLE)
public record Subscriber(
        @Schema(description = "The subject (sub claim) of the subscriber's tokens") String subscriberId,
        String displayName,
        String email,
        @Schema(description = "When Pitwall stored the subscriber") Instant createdAt) {

    static final String EXAMPLE = """
            {"subscriberId": "sub-4711", "displayName": "Alex Berger", "email": "alex.berger@example.com",
             "createdAt": "2026-01-15T09:30:00Z"}""";
}
