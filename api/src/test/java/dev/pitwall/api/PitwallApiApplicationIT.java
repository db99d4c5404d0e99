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
        jdbc.sql("INSERT INTO failure_prediction (vin, component, seq, event_time, probability, horizon_days, "
                        + "expected_rul_days, model_version, top_features) VALUES (:vin, 'BATTERY', 2, :t, 0.72, 14, "
                        + "9.1, 'battery-gbm-test', '[{\"feature\": \"battery.cranking_v.min_1d\", \"value\": 9.91, "
                        + "\"contribution\": 1.7}]') ON CONFLICT DO NOTHING")
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
    void servesAVehiclesPredictionsToAServiceAdvisor() {
        String token = tokens.issue("advisor", Duration.ofMinutes(5), Role.SERVICE_ADVISOR);

        client.get().uri("/api/v1/vehicles/" + VIN + "/predictions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.modelVersion").isEqualTo("battery-gbm-test")
                .jsonPath("$.components[0].component").isEqualTo("BATTERY")
                .jsonPath("$.components[0].current.risk").isEqualTo("LIKELY")
                .jsonPath("$.components[0].current.explanation[0].value").isEqualTo(9.91)
                .jsonPath("$.components[0].trend[0].probability").isEqualTo(0.72)
                .jsonPath("$.components[0].trendTruncated").isEqualTo(false);
    }

    @Test
    void answersWithoutTokenWith401Problem() {
        client.get().uri("/api/v1/vehicles").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pitwall.dev/problems/unauthorized");
    }

    @Test
    void answersUnknownPathUnderAnAllowedPrefixWith404ProblemOnceAuthenticated() {
        String token = tokens.issue("ops", Duration.ofMinutes(5), Role.OPERATOR);

        client.get().uri("/api/v1/vehicles/WVWZZZ1KZAW123456/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void deniesAPathNoRuleNamesEvenToAnOperator() {
        // default deny: a route is reachable only once the security configuration says who may call it
        String token = tokens.issue("ops", Duration.ofMinutes(5), Role.OPERATOR);

        client.get().uri("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void describesEveryPathInOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Pitwall API")
                .jsonPath("$.components.securitySchemes.bearer-jwt.scheme").isEqualTo("bearer")
                .jsonPath("$.paths['/api/v1/vehicles'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}'].get.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/alarms'].get.parameters[?(@.name == 'active')]").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/alarms'].get.responses['404']").exists()
                .jsonPath("$.components.schemas.Alarm.example.type").isEqualTo("DTC_PERSISTENT")
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/service-book'].get.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/service-records'].post.responses['400']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/telemetry'].get.parameters[?(@.name == 'from')]").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/health/history'].get.responses['401']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/predictions'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/predictions'].get.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/predictions'].get.parameters[?(@.name == 'limit')]").exists()
                .jsonPath("$.components.schemas.VehiclePredictions.example.components[0].current.risk")
                .isEqualTo("LIKELY");
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
