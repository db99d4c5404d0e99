package dev.pitwall.api.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
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
 * Service-due leads end to end: the whole application on a random port over a PostgreSQL that Spring Boot's Flyway
 * migrated, leads written as the stream writes them, development tokens as the local stack issues them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class LeadApplicationIT {

    static final String SECRET = "service-leads-end-to-end-secret-of-32-bytes";
    static final Instant T0 = Instant.parse("2026-01-30T08:00:00Z");
    static final AtomicInteger VEHICLES = new AtomicInteger();

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
    DataSource dataSource;

    @Autowired
    DevelopmentTokens tokens;

    @LocalServerPort
    int port;

    StreamLeads stream;
    String vin;
    final HttpClient http = HttpClient.newHttpClient();
    final ExecutorService racers = Executors.newFixedThreadPool(8);

    @BeforeEach
    void setUp() {
        stream = new StreamLeads(jdbc);
        // a vehicle of its own per test, so that the tests do not see each other's leads
        vin = String.format("WVWZZZCDZLW%06d", VEHICLES.incrementAndGet());
    }

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    String bearer(String subject, Role role) {
        return "Bearer " + tokens.issue(subject, Duration.ofMinutes(5), role);
    }

    RestTestClient.ResponseSpec patch(UUID leadId, String body, String subject) {
        return client.patch().uri("/api/v1/leads/{leadId}", leadId)
                .header(HttpHeaders.AUTHORIZATION, bearer(subject, Role.SERVICE_ADVISOR))
                .contentType(MediaType.valueOf("application/merge-patch+json")).body(body).exchange();
    }

    @Test
    void listsFiltersAndLooksAroundAPointForAnAdvisor() {
        UUID oil = stream.open(vin, "SERVICE_DUE", "OIL_SERVICE", "HIGH", "OPEN", 52.52, 13.405, T0);
        UUID dtc = stream.open(vin, "SEVERE_DTC", "P0301", "URGENT", "OPEN", 52.3906, 13.0645, T0.minusSeconds(60));
        UUID expired = stream.open(vin, "SERVICE_DUE", "AIR_FILTER", "LOW", "EXPIRED", 48.14, 11.58,
                T0.minus(Duration.ofDays(40)));
        String token = bearer("advisor-1", Role.SERVICE_ADVISOR);

        client.get().uri("/api/v1/leads?vin={vin}&status=OPEN,CONTACTED,BOOKED", vin)
                .header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[0].leadId").isEqualTo(dtc.toString())
                .jsonPath("$.items[0].priority").isEqualTo("URGENT")
                .jsonPath("$.items[0].distanceKm").doesNotExist()
                .jsonPath("$.items[1].leadId").isEqualTo(oil.toString())
                .jsonPath("$.items[1].workshops[0].name").isEqualTo("Autohaus Nord")
                .jsonPath("$.items[1].position.longitude").isEqualTo(13.405);
        client.get().uri("/api/v1/leads?vin={vin}&near=52.52,13.405&radiusKm=100&size=1", vin)
                .header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.totalPages").isEqualTo(2)
                .jsonPath("$.items[0].leadId").isEqualTo(oil.toString())
                .jsonPath("$.items[0].distanceKm").isEqualTo(0.0);
        client.get().uri("/api/v1/leads?vin={vin}&status=expired&priority=LOW&reason=SERVICE_DUE", vin)
                .header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].leadId").isEqualTo(expired.toString())
                .jsonPath("$.items[0].closeReason").isEqualTo("EXPIRED");
        client.get().uri("/api/v1/leads?status=SNOOZED").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("status");
    }

    @Test
    void walksALeadThroughItsLifecycleOverHttp() {
        UUID lead = stream.open(vin, "FAILURE_PREDICTED", "BATTERY", "URGENT", "OPEN", 52.52, 13.405, T0);

        patch(lead, "{\"status\": \"CONTACTED\", \"note\": \"Customer called back\"}", "advisor-1")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.lead.status").isEqualTo("CONTACTED")
                .jsonPath("$.history.length()").isEqualTo(2)
                .jsonPath("$.history[1].event").isEqualTo("STATUS")
                .jsonPath("$.history[1].status").isEqualTo("CONTACTED")
                .jsonPath("$.history[1].detail").isEqualTo("Customer called back")
                .jsonPath("$.history[1].actor").isEqualTo("advisor-1");
        patch(lead, "{\"status\": \"CONTACTED\"}", "advisor-1").expectStatus().isOk()
                .expectBody().jsonPath("$.history.length()").isEqualTo(2);
        patch(lead, "{\"status\": \"BOOKED\", \"note\": \"Thursday 9:00, Autohaus Nord\"}", "advisor-2")
                .expectStatus().isOk();
        patch(lead, "{\"status\": \"CLOSED\", \"note\": \"Battery replaced\"}", "advisor-2")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.lead.status").isEqualTo("CLOSED")
                .jsonPath("$.lead.closeReason").isEqualTo("Battery replaced")
                .jsonPath("$.lead.closedAt").exists();
        patch(lead, "{\"status\": \"BOOKED\"}", "advisor-1")
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.currentStatus").isEqualTo("CLOSED")
                .jsonPath("$.allowedStatuses.length()").isEqualTo(0);

        client.get().uri("/api/v1/leads/{leadId}", lead)
                .header(HttpHeaders.AUTHORIZATION, bearer("ops", Role.OPERATOR)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.history[*].event").isEqualTo(List.of("OPENED", "STATUS", "STATUS", "STATUS"))
                .jsonPath("$.history[*].status").isEqualTo(Arrays.asList(null, "CONTACTED", "BOOKED",
                        "CLOSED"))
                .jsonPath("$.history[*].actor").isEqualTo(List.of("stream", "advisor-1", "advisor-2", "advisor-2"));
        assertThat(stream.statusEvents(lead)).isEqualTo(3);
    }

    @Test
    void answersUnknownAndMalformedLeadIds() {
        String token = bearer("ops", Role.OPERATOR);

        client.get().uri("/api/v1/leads/{leadId}", UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.parameter").isEqualTo("leadId");
        client.get().uri("/api/v1/leads/not-a-uuid").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("leadId");
    }

    /**
     * Two advisors act on the same OPEN lead at once, one marking it CONTACTED, the other CLOSED. Each read it as
     * OPEN, and both steps are allowed from OPEN; the conditional update lets exactly one through. To make sure both
     * really read OPEN before either writes, the test holds the lead's row lock until both updates wait for it.
     */
    @Test
    void letsExactlyOneOfTwoConcurrentChangesWin() throws Exception {
        UUID lead = stream.open(vin, "SEVERE_DTC", "P0300", "URGENT", "OPEN", 52.52, 13.405, T0);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();

        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement s = lock.prepareStatement(
                    "SELECT 1 FROM service_lead WHERE lead_id = ? FOR UPDATE")) {
                s.setObject(1, lead);
                s.executeQuery().close();
            }
            answers.add(racers.submit(() -> send(lead, "{\"status\": \"CONTACTED\"}", "advisor-1")));
            answers.add(racers.submit(() -> send(lead, "{\"status\": \"CLOSED\"}", "advisor-2")));
            await().atMost(Duration.ofSeconds(30)).until(() -> updatesWaiting() == 2);
            lock.commit();
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            responses.add(answer.get());
        }
        List<HttpResponse<String>> won = responses.stream().filter(r -> r.statusCode() == 200).toList();
        List<HttpResponse<String>> lost = responses.stream().filter(r -> r.statusCode() == 409).toList();
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(1);
        String winner = JsonPath.read(won.get(0).body(), "$.lead.status");
        assertThat(JsonPath.<String>read(lost.get(0).body(), "$.currentStatus")).isEqualTo(winner);
        assertThat(jdbc.sql("SELECT status FROM service_lead WHERE lead_id = :id").param("id", lead)
                .query(String.class).single()).isEqualTo(winner);
        assertThat(stream.statusEvents(lead)).isEqualTo(1);
    }

    @Test
    void recordsOneChangeWhenManyAdvisorsCloseTheSameLeadAtOnce() throws Exception {
        UUID lead = stream.open(vin, "SERVICE_DUE", "BRAKE_FLUID", "HIGH", "OPEN", null, null, T0);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String advisor = "advisor-" + i;
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return send(lead, "{\"status\": \"CLOSED\"}", advisor);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, racers));
        }
        start.countDown();

        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(JsonPath.<String>read(response.body(), "$.lead.status")).isEqualTo("CLOSED");
        }
        assertThat(stream.statusEvents(lead)).isEqualTo(1);
    }

    @Test
    void showsASubscriberNoOneElsesLeadsForbidsMarketersAndAsksForAToken() {
        UUID lead = stream.open(vin, "SERVICE_DUE", "SPARK_PLUGS", "MEDIUM", "OPEN", null, null, T0);
        String subscriber = bearer("someone", Role.SUBSCRIBER); // owns no vehicle
        client.get().uri("/api/v1/leads").header(HttpHeaders.AUTHORIZATION, subscriber).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        client.get().uri("/api/v1/leads/{leadId}", lead).header(HttpHeaders.AUTHORIZATION, subscriber).exchange()
                .expectStatus().isNotFound();
        client.patch().uri("/api/v1/leads/{leadId}", lead).header(HttpHeaders.AUTHORIZATION, subscriber)
                .contentType(MediaType.APPLICATION_JSON).body("{\"status\": \"CLOSED\"}").exchange()
                .expectStatus().isForbidden();
        String marketer = bearer("someone", Role.MARKETER);
        client.get().uri("/api/v1/leads").header(HttpHeaders.AUTHORIZATION, marketer).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/leads/{leadId}", lead).header(HttpHeaders.AUTHORIZATION, marketer).exchange()
                .expectStatus().isForbidden();
        client.patch().uri("/api/v1/leads/{leadId}", lead).header(HttpHeaders.AUTHORIZATION, marketer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"status\": \"CLOSED\"}").exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/v1/leads").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://pitwall.dev/problems/unauthorized");
        client.patch().uri("/api/v1/leads/{leadId}", lead).contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\": \"CLOSED\"}").exchange()
                .expectStatus().isUnauthorized();
        assertThat(stream.statusEvents(lead)).isZero();
    }

    @Test
    void describesTheOperationsInOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/leads'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/leads'].get.parameters[?(@.name == 'near')]").exists()
                .jsonPath("$.paths['/api/v1/leads'].get.responses['400']").exists()
                .jsonPath("$.paths['/api/v1/leads/{leadId}'].get.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/leads/{leadId}'].patch.responses['409']").exists()
                .jsonPath("$.paths['/api/v1/leads/{leadId}'].patch.requestBody.content['application/merge-patch+json']")
                .exists()
                .jsonPath("$.paths['/api/v1/leads/{leadId}'].patch.parameters.length()").isEqualTo(1)
                .jsonPath("$.components.schemas.LeadStatusChange.properties.otherFields").doesNotExist()
                .jsonPath("$.components.schemas.LeadStatusChange.example.status").isEqualTo("CONTACTED")
                .jsonPath("$.components.schemas.Lead.example.reason").isEqualTo("SERVICE_DUE")
                .jsonPath("$.components.schemas.LeadDetail.example.history[0].event").isEqualTo("OPENED");
    }

    HttpResponse<String> send(UUID lead, String body, String advisor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/leads/" + lead))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .header(HttpHeaders.AUTHORIZATION, bearer(advisor, Role.SERVICE_ADVISOR))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sessions of this database waiting for a lock in an UPDATE of the lead table (tests run one at a time). */
    int updatesWaiting() {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'
                  AND query LIKE 'UPDATE service_lead %'""").query(Integer.class).single();
    }
}
