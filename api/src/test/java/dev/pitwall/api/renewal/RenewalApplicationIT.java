package dev.pitwall.api.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Renewal offers end to end on the whole application and a real PostgreSQL: products and signals as the stream and
 * the subscription system store them, planning as the scheduler runs it (called directly, for a chosen day), and the
 * subscriber's decisions over HTTP with development tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pitwall.renewals.enabled=false", "pitwall.renewals.plan-prices[Comfort]=549.00"})
@AutoConfigureRestTestClient
class RenewalApplicationIT {

    static final String SECRET = "renewal-offers-end-to-end-secret-of-32-bytes";
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
    DevelopmentTokens tokens;

    @Autowired
    RenewalService renewals;

    @Autowired
    Clock clock;

    LocalDate today;
    String alice;
    String bob;
    String vin;

    @BeforeEach
    void subscribers() {
        today = renewals.today(clock);
        int n = VEHICLES.incrementAndGet();
        alice = "alice-" + n;
        bob = "bob-" + n;
        vin = String.format(Locale.ROOT, "WVWZZZCDZNW8%05d", n);
        for (String subscriber : List.of(alice, bob)) {
            jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES (:id, :id, :email)")
                    .param("id", subscriber).param("email", subscriber + "@example.com").update();
        }
    }

    @Test
    void eachProductGetsTheOfferOfItsStageOnceWithAPersonalisedPrice() {
        UUID subscription = subscription(alice, vin, today.minusMonths(25), today.plusDays(40), null);
        UUID warranty = coverage(alice, vin, "WARRANTY", today.plusDays(50), "39.00");
        vehicleState(vin, 91);

        renewals.plan(today);
        renewals.plan(today); // a second round, or a second instance, finds the offers already there

        assertThat(offers(subscription)).singleElement().satisfies(offer -> {
            assertThat(offer.stage()).isEqualTo(60);
            assertThat(offer.status()).isEqualTo("OFFERED");
            // plan price 549.00 - 10 % early renewal - 5 % loyalty (25 months)
            assertThat(offer.offeredMonthly()).isEqualByComparingTo("466.65");
        });
        assertThat(offers(warranty)).singleElement().satisfies(offer ->
                // 39.00 - 10 % early renewal - 10 % healthy vehicle (health 91)
                assertThat(offer.offeredMonthly()).isEqualByComparingTo("31.20"));
        // the subscriber hears of each offer once, in the app and by e-mail, linked to the offer in the portal
        UUID offer = offers(subscription).get(0).offerId();
        assertThat(jdbc.sql("""
                        SELECT channel || ' ' || deep_link FROM notification
                         WHERE cause_kind = 'RENEWAL' AND cause_id = :offer AND subscriber_id = :subscriber
                         ORDER BY channel""")
                .param("offer", offer.toString()).param("subscriber", alice).query(String.class).list())
                .containsExactly("EMAIL https://portal.pitwall.dev/renewals/" + offer,
                        "IN_APP https://portal.pitwall.dev/renewals/" + offer);
    }

    @Test
    void instancesPlanningAtOnceMakeOneOfferPerProduct() throws Exception {
        UUID subscription = subscription(alice, vin, today.minusMonths(3), today.plusDays(40), "499.00");
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RenewalService.Round>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(instances.submit(() -> {
                    start.await();
                    return renewals.plan(today);
                }));
            }
            start.countDown();
            for (Future<RenewalService.Round> round : rounds) {
                round.get(60, TimeUnit.SECONDS); // none failed on the others' rows
            }
            assertThat(offers(subscription)).singleElement().extracting(Row::status).isEqualTo("OFFERED");
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void aLaterStageSupersedesTheOpenOfferAndAnOfferRunsOut() {
        UUID subscription = subscription(alice, vin, today.minusMonths(3), today.plusDays(40), "499.00");

        renewals.plan(today);
        renewals.plan(today.plusDays(10)); // 30 days left: the 30-day stage
        assertThat(offers(subscription)).extracting(Row::stage, Row::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(60, "SUPERSEDED"),
                        org.assertj.core.groups.Tuple.tuple(30, "OFFERED"));

        renewals.plan(today.plusDays(40)); // the end: nothing open remains, no new offer
        assertThat(offers(subscription)).extracting(Row::status).containsOnly("SUPERSEDED", "EXPIRED");
    }

    @Test
    void theSubscriberAcceptsAndTheSubscriptionIsRenewedOnTheOffersTerms() {
        UUID subscription = subscription(alice, vin, today.minusMonths(3), today.plusDays(20), "499.00");
        renewals.plan(today);
        UUID offer = offers(subscription).get(0).offerId();

        String body = client.post().uri("/api/v1/renewal-offers/{id}/accept", offer)
                .header(HttpHeaders.AUTHORIZATION, bearer(alice, Role.SUBSCRIBER))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();

        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("ACCEPTED");
        var renewed = jdbc.sql("SELECT ends_on, monthly_price FROM subscription WHERE subscription_id = :id")
                .param("id", subscription)
                .query((rs, n) -> List.of(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))).single();
        assertThat(renewed.get(0)).isEqualTo(today.plusDays(20).plusMonths(12));
        assertThat((BigDecimal) renewed.get(1)).isEqualByComparingTo(JsonPath.<Double>read(body, "$.offeredMonthly")
                .toString());

        String again = client.post().uri("/api/v1/renewal-offers/{id}/accept", offer)
                .header(HttpHeaders.AUTHORIZATION, bearer(alice, Role.SUBSCRIBER))
                .exchange().expectStatus().isEqualTo(409).returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<String>read(again, "$.offerStatus")).isEqualTo("ACCEPTED");

        renewals.plan(today); // renewed a year ahead: outside every stage
        assertThat(offers(subscription)).hasSize(1);
        renewals.plan(today.plusDays(20)); // the old end passes: the renewed subscription runs on
        assertThat(status("subscription", subscription)).isEqualTo("ACTIVE");
    }

    @Test
    void aProductEndsOnItsEndDateAndAnEndedSubscriptionTakesTheVehicleAway() {
        UUID subscription = subscription(alice, vin, today.minusMonths(3), today.plusDays(20), "499.00");
        UUID warranty = coverage(alice, vin, "WARRANTY", today.plusDays(20), "39.00");
        vehicleState(vin, 80);

        renewals.plan(today.plusDays(19)); // the last day of the term
        assertThat(status("subscription", subscription)).isEqualTo("ACTIVE");
        client.get().uri("/api/v1/vehicles/{vin}", vin).header(HttpHeaders.AUTHORIZATION, bearer(alice, Role.SUBSCRIBER))
                .exchange().expectStatus().isOk();

        assertThat(renewals.plan(today.plusDays(20)).ended()).isGreaterThanOrEqualTo(2);
        assertThat(status("subscription", subscription)).isEqualTo("ENDED");
        assertThat(status("coverage", warranty)).isEqualTo("ENDED");
        client.get().uri("/api/v1/vehicles/{vin}", vin).header(HttpHeaders.AUTHORIZATION, bearer(alice, Role.SUBSCRIBER))
                .exchange().expectStatus().isNotFound();
        assertThat(offers(subscription)).extracting(Row::status).doesNotContain("OFFERED");
    }

    @Test
    void anotherSubscriberCannotSeeOrDecideTheOffer() {
        UUID subscription = subscription(alice, vin, today.minusMonths(3), today.plusDays(20), "499.00");
        renewals.plan(today);
        UUID offer = offers(subscription).get(0).offerId();

        client.get().uri("/api/v1/renewal-offers/{id}", offer)
                .header(HttpHeaders.AUTHORIZATION, bearer(bob, Role.SUBSCRIBER))
                .exchange().expectStatus().isNotFound();
        client.post().uri("/api/v1/renewal-offers/{id}/decline", offer)
                .header(HttpHeaders.AUTHORIZATION, bearer(bob, Role.SUBSCRIBER))
                .exchange().expectStatus().isNotFound();
        String bobsList = client.get().uri("/api/v1/renewal-offers")
                .header(HttpHeaders.AUTHORIZATION, bearer(bob, Role.SUBSCRIBER))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<List<String>>read(bobsList, "$.items[*].offerId")).doesNotContain(offer.toString());
        String marketers = client.get().uri("/api/v1/renewal-offers?vin={vin}", vin)
                .header(HttpHeaders.AUTHORIZATION, bearer("maria", Role.MARKETER))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<List<String>>read(marketers, "$.items[*].offerId")).containsExactly(offer.toString());
        client.post().uri("/api/v1/renewal-offers/{id}/accept", offer)
                .header(HttpHeaders.AUTHORIZATION, bearer("maria", Role.MARKETER))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aDeclineKeepsItsReasonAndATooLongReasonIsNamed() {
        UUID subscription = subscription(alice, vin, today.minusMonths(3), today.plusDays(20), "499.00");
        renewals.plan(today);
        UUID offer = offers(subscription).get(0).offerId();

        String tooLong = client.post().uri("/api/v1/renewal-offers/{id}/decline", offer)
                .header(HttpHeaders.AUTHORIZATION, bearer(alice, Role.SUBSCRIBER))
                .contentType(MediaType.APPLICATION_JSON).body("{\"reason\": \"" + "x".repeat(501) + "\"}")
                .exchange().expectStatus().isBadRequest().returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<String>read(tooLong, "$.parameter")).isEqualTo("reason");

        String declined = client.post().uri("/api/v1/renewal-offers/{id}/decline", offer)
                .header(HttpHeaders.AUTHORIZATION, bearer(alice, Role.SUBSCRIBER))
                .contentType(MediaType.APPLICATION_JSON).body("{\"reason\": \"Moving abroad\"}")
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<String>read(declined, "$.status")).isEqualTo("DECLINED");
        assertThat(JsonPath.<String>read(declined, "$.declineReason")).isEqualTo("Moving abroad");
        assertThat(jdbc.sql("SELECT ends_on FROM subscription WHERE subscription_id = :id").param("id", subscription)
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(20));
    }

    @Test
    void aSubscriptionWithoutAnyPriceGetsNoOffer() {
        UUID subscription = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status)
                        VALUES (:id, :subscriber, :vin, 'Unlisted', :starts, :ends, 'ACTIVE')""")
                .param("id", subscription).param("subscriber", alice).param("vin", vin)
                .param("starts", today.minusMonths(3)).param("ends", today.plusDays(20)).update();

        assertThat(renewals.plan(today).unpriced()).isPositive();
        assertThat(offers(subscription)).isEmpty();
    }

    @Test
    void operatorsRecordCoveragesThatSubscribersSeeAndThatGetOffers() {
        String created = client.post().uri("/api/v1/coverages")
                .header(HttpHeaders.AUTHORIZATION, bearer("olga", Role.OPERATOR)).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"subscriberId": "%s", "vin": "%s", "kind": "INSURANCE", "productName": "Comprehensive",
                         "startsOn": "%s", "endsOn": "%s", "monthlyPrice": 61.50, "currency": "EUR"}"""
                        .formatted(alice, vin, today.minusYears(1), today.plusDays(25)))
                .exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody();
        UUID coverage = UUID.fromString(JsonPath.read(created, "$.coverageId"));

        String alices = client.get().uri("/api/v1/coverages")
                .header(HttpHeaders.AUTHORIZATION, bearer(alice, Role.SUBSCRIBER))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        String bobs = client.get().uri("/api/v1/coverages")
                .header(HttpHeaders.AUTHORIZATION, bearer(bob, Role.SUBSCRIBER))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<List<String>>read(alices, "$.items[*].coverageId")).contains(coverage.toString());
        assertThat(JsonPath.<List<String>>read(bobs, "$.items[*].coverageId")).doesNotContain(coverage.toString());

        renewals.plan(today);
        assertThat(offers(coverage)).singleElement().extracting(Row::stage).isEqualTo(30);

        String invalid = client.post().uri("/api/v1/coverages")
                .header(HttpHeaders.AUTHORIZATION, bearer("olga", Role.OPERATOR)).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"subscriberId": "nobody", "vin": "%s", "kind": "LIFE", "productName": "x",
                         "startsOn": "2026-01-02", "endsOn": "2026-01-01", "monthlyPrice": 1.234, "currency": "eur"}"""
                        .formatted(vin))
                .exchange().expectStatus().isBadRequest().returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<List<String>>read(invalid, "$.errors[*].parameter"))
                .containsExactly("subscriberId", "kind", "endsOn", "monthlyPrice", "currency");
    }

    record Row(UUID offerId, int stage, String status, BigDecimal offeredMonthly) {
    }

    private List<Row> offers(UUID productId) {
        return jdbc.sql("SELECT offer_id, stage_days, status, offered_monthly FROM renewal_offer"
                        + " WHERE product_id = :id ORDER BY stage_days DESC")
                .param("id", productId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getBigDecimal(4)))
                .list();
    }

    private String status(String table, UUID id) {
        return jdbc.sql("SELECT status FROM " + table + " WHERE " + table + "_id = :id").param("id", id)
                .query(String.class).single();
    }

    private UUID subscription(String subscriber, String vin, LocalDate starts, LocalDate ends, String monthly) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status,
                            monthly_price, currency)
                        VALUES (:id, :subscriber, :vin, 'Comfort', :starts, :ends, 'ACTIVE', :monthly, :currency)""")
                .param("id", id).param("subscriber", subscriber).param("vin", vin).param("starts", starts)
                .param("ends", ends).param("monthly", monthly == null ? null : new BigDecimal(monthly))
                .param("currency", monthly == null ? null : "EUR")
                .update();
        return id;
    }

    private UUID coverage(String subscriber, String vin, String kind, LocalDate ends, String monthly) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO coverage (coverage_id, subscriber_id, vin, kind, product_name, starts_on, ends_on,
                            monthly_price, currency, status)
                        VALUES (:id, :subscriber, :vin, :kind, 'Extended warranty', :starts, :ends, :monthly, 'EUR',
                            'ACTIVE')""")
                .param("id", id).param("subscriber", subscriber).param("vin", vin).param("kind", kind)
                .param("starts", ends.minusYears(1)).param("ends", ends).param("monthly", new BigDecimal(monthly))
                .update();
        return id;
    }

    private void vehicleState(String vin, int healthScore) {
        jdbc.sql("""
                        INSERT INTO vehicle_state (vin, last_seq, last_event_time, health_score, health_band)
                        VALUES (:vin, 1, now(), :score, 'GOOD')""")
                .param("vin", vin).param("score", healthScore).update();
    }

    private String bearer(String subject, Role role) {
        return "Bearer " + tokens.issue(subject, Duration.ofMinutes(10), role);
    }
}
