package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.SendResult;
import dev.pitwall.engagement.delivery.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks: a JSON POST of {@link WebhookPayload} to the endpoint, signed in {@value WebhookSignature#HEADER}, with
 * {@value #EVENT_HEADER} (the cause kind) and {@value #DELIVERY_HEADER} (the message id, stable across retries).
 * Delivered means a 2xx; timeouts, connection errors, 408, 429 and 5xx are retried, other answers are not
 * ({@link SendResult#ofHttpStatus}). Redirects are not followed.
 */
class WebhookChannel implements DeliveryChannel {

    static final String EVENT_HEADER = "Pitwall-Event";
    static final String DELIVERY_HEADER = "Pitwall-Delivery";
    static final String USER_AGENT = "Pitwall-Webhooks/1";

    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeout;

    WebhookChannel(HttpClient http, JsonMapper json, Clock clock, Duration timeout) {
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
    }

    static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public SendResult send(Delivery delivery) {
        byte[] body = json.writeValueAsBytes(WebhookPayload.of(delivery));
        String signature = WebhookSignature.header(delivery.webhook().secret(), clock.instant().getEpochSecond(), body);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.webhook().url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header(WebhookSignature.HEADER, signature)
                    .header(EVENT_HEADER, delivery.cause().kind().name())
                    .header(DELIVERY_HEADER, delivery.notificationId().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return new SendResult.PermanentFailure("invalid webhook URL: " + e.getMessage());
        }
        try {
            return SendResult.ofHttpStatus(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return new SendResult.TransientFailure("no answer within " + timeout + ": " + e.getMessage());
        } catch (IOException e) {
            return new SendResult.TransientFailure(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.TransientFailure("interrupted while sending (the dispatcher is stopping)");
        }
    }

    /** "ConnectException: Connection refused": the JDK often leaves the outer message empty. */
    static String describe(IOException e) {
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause()) {
            message = t.getMessage();
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
