package dev.pitwall.api.booking;

import dev.pitwall.api.idempotency.IdempotencyKey;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Plain HTTP against the running application, usable from many threads at once (the concurrency tests). */
public final class BookingHttp {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;
    private final DevelopmentTokens tokens;

    public BookingHttp(int port, DevelopmentTokens tokens) {
        this.port = port;
        this.tokens = tokens;
    }

    public String token(String subject, Role role) {
        return tokens.issue(subject, Duration.ofMinutes(10), role);
    }

    public HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    /** POST /api/v1/bookings with this key (null: without the header). */
    public HttpResponse<String> book(String token, String key, String body) {
        return send("POST", "/api/v1/bookings", token, key, body);
    }

    /** POST /api/v1/bookings with a fresh key. */
    public HttpResponse<String> book(String token, String body) {
        return book(token, UUID.randomUUID().toString(), body);
    }

    public HttpResponse<String> post(String path, String token, String body) {
        return send("POST", path, token, null, body);
    }

    public HttpResponse<String> put(String path, String token, String body) {
        return send("PUT", path, token, null, body);
    }

    public HttpResponse<String> send(String method, String path, String token, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header(IdempotencyKey.HEADER, key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A booking body; {@code extra} is appended inside the object, e.g. {@code "courtesyCar": true}. */
    public static String booking(String vin, String workshopId, String service, String startsAt, String extra) {
        return "{\"vin\": \"" + vin + "\", \"workshopId\": \"" + workshopId + "\", \"serviceTypes\": [\"" + service
                + "\"], \"startsAt\": \"" + startsAt + "\"" + (extra == null ? "" : ", " + extra) + "}";
    }
}
