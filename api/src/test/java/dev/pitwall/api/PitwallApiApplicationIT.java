package dev.pitwall.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The whole application on a random port over a real PostgreSQL that Spring Boot's Flyway migrated,
 * verifying development tokens as the local stack does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class PitwallApiApplicationIT {

    static final String SECRET = "end-to-end-test-secret-of-at-least-32-bytes";
    static final String VIN = "1HGCM82633A004352";

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

    @BeforeEach
    void oneVehicleHasReported() {
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, active_dtcs, health_score, "
                        + "health_band, health_reasons) VALUES (:vin, 2, :t, 1234.5, ARRAY['P0301'], 85, 'GOOD', "
                        + "'[{\"rule\": \"dtc.high\", \"points\": -15, \"reason\": \"P0301 active (high)\"}]') "
                        + "ON CONFLICT (vin) DO NOTHING")
                .param("vin", VIN).param("t", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO telemetry (vin, seq, event_time, speed_kmh) VALUES (:vin, 2, :t, 42.0) "
                        + "ON CONFLICT DO NOTHING")
                .param("vin", VIN).param("t", now.minusSeconds(60).atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void servesTheFleetToAnOperatorWithADevelopmentToken() {
        String token = tokens.issue("ops", Duration.ofMinutes(5), Role.OPERATOR);

        client.get().uri("/api/v1/vehicles").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].vin").isEqualTo(VIN)
                .jsonPath("$.items[0].activeDtcs[0]").isEqualTo("P0301");
        client.get().uri("/api/v1/vehicles/" + VIN).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.health.reasons[0].rule").isEqualTo("dtc.high");
        client.get().uri("/api/v1/vehicles/" + VIN + "/telemetry").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].speedKmh").isEqualTo(42.0);
    }

    @Test
    void answersWithoutTokenWith401Problem() {
        client.get().uri("/api/v1/vehicles").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pitwall.dev/problems/unauthorized");
    }

    @Test
    void answersUnknownPathWith404ProblemOnceAuthenticated() {
        String token = tokens.issue("ops", Duration.ofMinutes(5), Role.OPERATOR);

        client.get().uri("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void describesAllFourPathsInOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Pitwall API")
                .jsonPath("$.components.securitySchemes.bearer-jwt.scheme").isEqualTo("bearer")
                .jsonPath("$.paths['/api/v1/vehicles'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}'].get.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/telemetry'].get.parameters[?(@.name == 'from')]").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/health/history'].get.responses['401']").exists();
    }

    @Test
    void servesSwaggerUiWithoutToken() {
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void servesPrometheusMetricsAndHealthWithoutToken() {
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void preparedTelemetryPartitionsAhead() {
        long partitions = jdbc.sql("SELECT count(*) FROM pg_inherits WHERE inhparent = 'telemetry'::regclass")
                .query(Long.class).single();

        assertThat(partitions).isGreaterThan(24);
    }
}
