package dev.pitwall.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.TokenVerificationException;
import dev.pitwall.infra.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Starts the API the way the local stack does: {@link PitwallApiApplication#start} with a few properties. */
class InProcessStartIT {

    static final String SECRET = "in-process-start-secret-of-32-bytes-or-more";

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsOnAFreePortWithTheGivenDatabaseAndSecret() throws Exception {
        String url = TestDatabases.createDatabase();
        try (ConfigurableApplicationContext api = PitwallApiApplication.start(Map.of(
                "spring.datasource.url", url,
                "pitwall.security.dev-token.secret", SECRET,
                "server.port", 0))) {
            int port = Integer.parseInt(api.getEnvironment().getProperty("local.server.port"));
            String token = api.getBean(DevelopmentTokens.class).issue("local", Duration.ofMinutes(5), Role.OPERATOR);

            HttpResponse<String> fleet = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/vehicles"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(port).isNotEqualTo(8080);
            assertThat(fleet.statusCode()).isEqualTo(200);
            assertThat(fleet.body()).contains("\"totalItems\":0");
        }
    }

    @Test
    void refusesToStartWithoutTokenVerificationBeforeTouchingTheDatabase() {
        String url = TestDatabases.createDatabase();

        assertThatThrownBy(() -> PitwallApiApplication.start(Map.of("spring.datasource.url", url, "server.port", 0)))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(TokenVerificationException.class)
                        .hasMessageContaining("pitwall.security.dev-token.secret"));
        long tables = JdbcClient.create(new DriverManagerDataSource(url))
                .sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").query(Long.class).single();
        assertThat(tables).isZero();
    }
}
