package dev.pitwall.api.servicebook;

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
 * The service book end to end: the whole application on a random port over a PostgreSQL that Spring Boot's Flyway
 * migrated (so V7's trigger notes the vehicle's first report), real transactions and the built-in schedules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ServiceBookApplicationIT {

    static final String SECRET = "service-book-end-to-end-secret-of-32-bytes";
    static final String VIN = "WVWZZZCDZLW123456";
    static final Instant REPORTED = Instant.parse("2026-01-31T08:00:00Z");
    static final String SERVICE = """
            {"items": ["OIL_SERVICE", "CABIN_FILTER"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0,
             "workshop": "Autohaus Nord"}""";

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
    void aGolfHasReported() {
        jdbc.sql("INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, engine_hours, health_score, "
                        + "health_band) VALUES (:vin, 2, :t, 48211.4, 1532.2, 100, 'GOOD') ON CONFLICT (vin) DO NOTHING")
                .param("vin", VIN).param("t", REPORTED.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO telemetry (vin, seq, event_time, engine_hours) VALUES (:vin, 1, :t, 1531.4) "
                        + "ON CONFLICT DO NOTHING")
                .param("vin", VIN).param("t", Instant.parse("2026-01-30T15:40:00Z").atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void recordsAServiceOnceAndShowsItInTheServiceBook() {
        String token = "Bearer " + tokens.issue("advisor", Duration.ofMinutes(5), Role.SERVICE_ADVISOR);

        client.post().uri("/api/v1/vehicles/{vin}/service-records", VIN).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(SERVICE).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/vehicles/" + VIN + "/service-book")
                .expectBody()
                .jsonPath("$.records[0].item").isEqualTo("OIL_SERVICE")
                .jsonPath("$.records[0].engineHours").isEqualTo(1531.4) // from the telemetry before the service
                .jsonPath("$.records[1].item").isEqualTo("CABIN_FILTER");
        client.post().uri("/api/v1/vehicles/{vin}/service-records", VIN).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(SERVICE).exchange()
                .expectStatus().isOk();

        client.get().uri("/api/v1/vehicles/{vin}/service-book", VIN).header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.schedule.id").isEqualTo("vw-golf-8-1.5-tsi")
                .jsonPath("$.items.length()").isEqualTo(10)
                .jsonPath("$.items[?(@.item == 'OIL_SERVICE')].basis.kind").isEqualTo("LAST_SERVICE")
                .jsonPath("$.items[?(@.item == 'OIL_SERVICE')].dueAt.odometerKm").isEqualTo(78190.0)
                .jsonPath("$.items[?(@.item == 'BRAKE_INSPECTION')].basis.kind").isEqualTo("FIRST_REPORT")
                .jsonPath("$.items[?(@.item == 'BRAKE_INSPECTION')].basis.odometerKm").isEqualTo(48211.4)
                .jsonPath("$.history.length()").isEqualTo(2);
    }

    @Test
    void describesBothOperationsInOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/service-book'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/service-book'].get.parameters[?(@.name == 'limit')]").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/service-records'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/service-records'].post.responses['409']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/service-records'].post.responses['401']").exists()
                .jsonPath("$.components.schemas.ServiceBook.example.items[0].state").isEqualTo("OVERDUE")
                .jsonPath("$.components.schemas.ServiceRecordRequest.example.items[0]").isEqualTo("OIL_SERVICE");
    }
}
