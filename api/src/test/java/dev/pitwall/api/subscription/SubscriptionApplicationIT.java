package dev.pitwall.api.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Subscribers and subscriptions end to end, and what a subscription gives its subscriber: the whole application on a
 * random port over a PostgreSQL that Spring Boot's Flyway migrated. Each test has its own subscribers and vehicles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class SubscriptionApplicationIT {

    static final String SECRET = "subscriptions-end-to-end-secret-of-32-bytes";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
    }

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentTokens tokens;

    @LocalServerPort
    int port;

    final ExecutorService racers = Executors.newFixedThreadPool(8);
    String subscriber;
    String vin;
    String secondVin;

    @BeforeEach
    void freshNames() {
        int n = SEQUENCE.incrementAndGet();
        subscriber = "sub-" + n;
        vin = String.format("WVWZZZCDZLW8%05d", 2 * n);
        secondVin = String.format("WVWZZZCDZLW8%05d", 2 * n + 1);
    }

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    String bearer(String subject, Role role) {
        return "Bearer " + tokens.issue(subject, Duration.ofMinutes(5), role);
    }

    RestTestClient.ResponseSpec post(String path, String body) {
        return client.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer("ops", Role.OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    RestTestClient.ResponseSpec get(String path, String subject, Role role) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(subject, role)).exchange();
    }

    String register(String id) {
        post("/api/v1/subscribers", "{\"subscriberId\": \"" + id + "\", \"displayName\": \"Alex Berger\", "
                + "\"email\": \"" + id + "@example.com\"}").expectStatus().isCreated();
        return id;
    }

    String subscribe(String id, String vehicle) {
        return post("/api/v1/subscriptions", subscriptionBody(id, vehicle)).expectStatus().isCreated()
                .returnResult(Subscription.class).getResponseBody().subscriptionId().toString();
    }

    static String subscriptionBody(String id, String vehicle) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return "{\"subscriberId\": \"" + id + "\", \"vin\": \"" + vehicle + "\", \"plan\": \"comfort-24\", "
                + "\"startsOn\": \"" + today.minusDays(10) + "\", \"endsOn\": \"" + today.plusYears(2) + "\"}";
    }

    void reported(String vehicle) {
        jdbc.sql("INSERT INTO vehicle_state (vin, last_seq, last_event_time, health_score, health_band) "
                        + "VALUES (:vin, 1, :t, 90, 'GOOD')")
                .param("vin", vehicle).param("t", Instant.now().atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void registersASubscriberOnceAndRefusesAnotherWithTheSameId() {
        String body = "{\"subscriberId\": \"" + subscriber + "\", \"displayName\": \"Alex Berger\", "
                + "\"email\": \"alex@example.com\"}";

        post("/api/v1/subscribers", body).expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/subscribers/" + subscriber)
                .expectBody().jsonPath("$.createdAt").exists();
        post("/api/v1/subscribers", body).expectStatus().isOk();
        post("/api/v1/subscribers", body.replace("alex@example.com", "alex@example.org"))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pitwall.dev/problems/conflict")
                .jsonPath("$.parameter").isEqualTo("email");
        get("/api/v1/subscribers/" + subscriber, "advisor", Role.SERVICE_ADVISOR).expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("alex@example.com");
        get("/api/v1/subscribers/sub-nobody", "advisor", Role.SERVICE_ADVISOR).expectStatus().isNotFound()
                .expectBody().jsonPath("$.parameter").isEqualTo("subscriberId");
    }

    @Test
    void namesEveryBadFieldOfANewSubscriberAndOfANewSubscription() {
        post("/api/v1/subscribers", "{\"subscriberId\": \"two words\", \"email\": \"nobody\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pitwall.dev/problems/invalid-parameter")
                .jsonPath("$.parameter").isEqualTo("subscriberId")
                .jsonPath("$.errors[*].parameter").isEqualTo(List.of("subscriberId", "displayName", "email"));
        post("/api/v1/subscribers", "{\"subscriberId\": \"x\", \"displayName\": \"X\", \"email\": [\"a@b.c\"]}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("email");
        post("/api/v1/subscriptions", "{\"subscriberId\": \"sub-nobody\", \"vin\": \"ABC\", \"plan\": \"basic\", "
                + "\"startsOn\": \"2026-02-01\", \"endsOn\": \"2026-01-01\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.parameter").isEqualTo("subscriberId")
                .jsonPath("$.errors[*].parameter").isEqualTo(List.of("subscriberId", "vin", "endsOn"));
        post("/api/v1/subscriptions", "{\"subscriberId\": \"sub-nobody\", \"startsOn\": \"tomorrow\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.parameter").isEqualTo("startsOn")
                .jsonPath("$.expected").isEqualTo("an ISO-8601 date such as 2026-02-01");
    }

    @Test
    void givesTheSubscriberTheirVehicleUntilTheSubscriptionEnds() {
        register(subscriber);
        reported(vin);
        reported(secondVin); // someone else's
        String subscription = subscribe(subscriber, vin);

        get("/api/v1/vehicles", subscriber, Role.SUBSCRIBER).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].vin").isEqualTo(vin);
        get("/api/v1/vehicles/" + vin, subscriber, Role.SUBSCRIBER).expectStatus().isOk();
        get("/api/v1/vehicles/" + secondVin, subscriber, Role.SUBSCRIBER).expectStatus().isNotFound();
        get("/api/v1/me", subscriber, Role.SUBSCRIBER).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subscriber.subscriberId").isEqualTo(subscriber)
                .jsonPath("$.activeSubscriptions[0].vin").isEqualTo(vin)
                .jsonPath("$.activeSubscriptionsTruncated").isEqualTo(false);
        get("/api/v1/subscriptions/" + subscription, subscriber, Role.SUBSCRIBER).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACTIVE");

        post("/api/v1/subscriptions/" + subscription + "/end", "{\"status\": \"ENDED\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ENDED");
        post("/api/v1/subscriptions/" + subscription + "/end", "{\"status\": \"ENDED\"}").expectStatus().isOk();
        post("/api/v1/subscriptions/" + subscription + "/end", "{\"status\": \"CANCELLED\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("ENDED");
        post("/api/v1/subscriptions/" + subscription + "/end", "{\"status\": \"ACTIVE\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("status");

        get("/api/v1/vehicles", subscriber, Role.SUBSCRIBER).expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        get("/api/v1/vehicles/" + vin, subscriber, Role.SUBSCRIBER).expectStatus().isNotFound();
        get("/api/v1/me", subscriber, Role.SUBSCRIBER).expectStatus().isOk()
                .expectBody().jsonPath("$.activeSubscriptions.length()").isEqualTo(0);
        get("/api/v1/me/subscriptions?status=ENDED", subscriber, Role.SUBSCRIBER).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].subscriptionId").isEqualTo(subscription);
    }

    @Test
    void refusesASecondActiveSubscriptionOfAVehicleNamingTheActiveOne() {
        register(subscriber);
        String other = register(subscriber + "-b");
        String first = subscribe(subscriber, vin);

        post("/api/v1/subscriptions", subscriptionBody(other, vin))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pitwall.dev/problems/conflict")
                .jsonPath("$.parameter").isEqualTo("vin")
                .jsonPath("$.subscriptionId").isEqualTo(first);

        post("/api/v1/subscriptions/" + first + "/end", "{\"status\": \"CANCELLED\"}").expectStatus().isOk();
        String second = subscribe(other, vin);
        get("/api/v1/subscriptions?vin=" + vin, "advisor", Role.SERVICE_ADVISOR).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[0].subscriptionId").isEqualTo(second)
                .jsonPath("$.items[1].status").isEqualTo("CANCELLED");
        get("/api/v1/subscriptions?vin=" + vin + "&status=ACTIVE", "ops", Role.OPERATOR).expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].subscriberId").isEqualTo(List.of(other));
        get("/api/v1/subscriptions?vin=ABC", "ops", Role.OPERATOR).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("vin");
        get("/api/v1/subscriptions/" + second, subscriber, Role.SUBSCRIBER).expectStatus().isNotFound();
    }

    @Test
    void letsExactlyOneOfManyConcurrentSubscriptionsOfOneVehicleBecomeActive() throws Exception {
        List<String> subscribers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            subscribers.add(register(subscriber + "-" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String each : subscribers) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return send(subscriptionBody(each, vin));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, racers));
        }
        start.countDown();

        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM subscription WHERE vin = :vin").param("vin", vin)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void describesTheOperationsInOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/subscribers'].post.responses['409']").exists()
                .jsonPath("$.paths['/api/v1/subscriptions'].post.responses['409'].content['application/problem+json']"
                        + ".example.parameter").isEqualTo("vin")
                .jsonPath("$.paths['/api/v1/subscriptions'].get.parameters[?(@.name == 'status')]").exists()
                .jsonPath("$.paths['/api/v1/subscriptions/{subscriptionId}'].get.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/subscriptions/{subscriptionId}/end'].post.responses['409']").exists()
                .jsonPath("$.paths['/api/v1/me'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/me/subscriptions'].get.responses['200']").exists()
                .jsonPath("$.components.schemas.Subscription.example.status").isEqualTo("ACTIVE")
                .jsonPath("$.components.schemas.SubscriptionRequest.example.plan").isEqualTo("comfort-24")
                .jsonPath("$.components.schemas.Me.example.subscriber.subscriberId").isEqualTo("sub-4711");
    }

    HttpResponse<String> send(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/subscriptions"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .header(HttpHeaders.AUTHORIZATION, bearer("ops", Role.OPERATOR))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
