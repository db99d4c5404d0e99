package dev.pitwall.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The rate limit on a real server with a tiny bucket (3 requests, 3 more an hour), so that the fourth request of a
 * caller is refused long before any refill could hide it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pitwall.api.rate-limit.capacity=" + RateLimitIT.CAPACITY,
        "pitwall.api.rate-limit.refill-tokens=" + RateLimitIT.CAPACITY,
        "pitwall.api.rate-limit.refill-period=1h"})
@AutoConfigureRestTestClient
class RateLimitIT {

    static final String SECRET = "rate-limit-end-to-end-secret-of-32-bytes";
    static final int CAPACITY = 3;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
    }

    @Autowired
    RestTestClient client;

    @Autowired
    DevelopmentTokens tokens;

    EntityExchangeResult<String> pois(String subject) {
        RestTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/v1/pois");
        if (subject != null) {
            request = request.header(HttpHeaders.AUTHORIZATION,
                    "Bearer " + tokens.issue(subject, Duration.ofMinutes(5), Role.SUBSCRIBER));
        }
        return request.exchange().returnResult(String.class);
    }

    @Test
    void refusesACallersRequestBeyondTheCapacityWith429AndRetryAfterButNotAnotherCaller() {
        for (int i = 0; i < CAPACITY; i++) {
            assertThat(pois("greedy").getStatus().value()).isEqualTo(200);
        }

        EntityExchangeResult<String> refused = pois("greedy");

        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        // one request back every 20 minutes
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 1200L);
        assertThat(refused.getResponseBody())
                .contains("\"type\":\"https://pitwall.dev/problems/too-many-requests\"")
                .contains("\"status\":429")
                .contains("\"instance\":\"/api/v1/pois\"");
        assertThat(pois("patient").getStatus().value()).isEqualTo(200);
    }

    @Test
    void countsRequestsWithoutATokenByAddressAndLeavesProbesAlone() {
        for (int i = 0; i < CAPACITY; i++) {
            assertThat(pois(null).getStatus().value()).isEqualTo(401);
        }
        assertThat(pois(null).getStatus().value()).isEqualTo(429);

        for (int i = 0; i <= CAPACITY; i++) {
            client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        }
        // a token counts by its subject, not by the address that used up its requests
        assertThat(pois("someone").getStatus().value()).isEqualTo(200);
    }

    @Test
    void describesThe429InOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/vehicles'].get.responses['429'].headers['Retry-After']").exists()
                .jsonPath("$.paths['/api/v1/subscriptions'].post.responses['429']").exists();
    }
}
