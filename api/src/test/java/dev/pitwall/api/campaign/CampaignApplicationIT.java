package dev.pitwall.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.core.servicebook.VinModelYear;
import dev.pitwall.infra.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Segments and campaigns on the whole application and a real PostgreSQL, with vehicle data written by SQL as the
 * stream writes it. Rounds are run directly (the scheduler is off) so that each test decides when they happen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pitwall.campaigns.enabled=false")
@AutoConfigureRestTestClient
class CampaignApplicationIT {

    static final String SECRET = "campaigns-end-to-end-secret-of-32-bytes!!";
    static final int FLEET = 120;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
    }

    /** A campaign message as the notification outbox stored it, with the member it went to. */
    record Message(String variant, String subscriber, String vin) {
    }

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentTokens tokens;

    @Autowired
    CampaignRunner runner;

    @LocalServerPort
    int port;

    static boolean seeded;

    @BeforeEach
    void fleet() {
        if (seeded) {
            return;
        }
        seeded = true;
        // a varied fleet: model years 2015-2025, bands, places, profiles, consents, leads; every 10th one unsubscribed
        String codes = "FGHJKLMNPRS";
        String[] bands = {"GOOD", "FAIR", "POOR", "CRITICAL"};
        for (int i = 0; i < FLEET; i++) {
            String subscriber = (i % 10 == 9 ? "optout-" : "sub-") + i;
            String vin = String.format(Locale.ROOT, "WVWZZZCDZ%c%c%06d", codes.charAt(i % codes.length()),
                    i % 2 == 0 ? 'W' : 'B', i);
            jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES (:id, :id, :email)")
                    .param("id", subscriber).param("email", subscriber + "@example.com").update();
            // marketing needs an opt-in per channel; the optout-* subscribers opted out of both
            for (String channel : List.of("EMAIL", "IN_APP")) {
                jdbc.sql("""
                                INSERT INTO notification_preference (subscriber_id, channel, purpose, opted_in, source)
                                VALUES (:subscriber, :channel, 'MARKETING', :in, 'PREFERENCES')""")
                        .param("subscriber", subscriber).param("channel", channel)
                        .param("in", !subscriber.startsWith("optout")).update();
            }
            jdbc.sql("""
                            INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status)
                            VALUES (:id, :subscriber, :vin, :plan, :starts, :ends, :status)""")
                    .param("id", UUID.randomUUID()).param("subscriber", subscriber).param("vin", vin)
                    .param("plan", i % 3 == 0 ? "Comfort" : "Basic").param("starts", LocalDate.now().minusYears(1))
                    .param("ends", LocalDate.now().plusDays(10 + i * 3))
                    .param("status", i % 17 == 0 ? "ENDED" : "ACTIVE").update();
            if (i % 7 != 0) { // some have never reported
                jdbc.sql("""
                                INSERT INTO vehicle_state (vin, last_seq, last_event_time, health_score, health_band,
                                    latitude, longitude)
                                VALUES (:vin, 1, now(), :score, :band, :lat, :lon)""")
                        .param("vin", vin).param("score", 100 - i % 100).param("band", bands[i % 4])
                        .param("lat", 48.0 + (i % 30) * 0.01).param("lon", 11.4 + (i % 40) * 0.01).update();
            }
            if (i % 4 != 1) {
                jdbc.sql("""
                                INSERT INTO vehicle_profile (vin, as_of, as_of_seq, window_from, window_to, overall_score,
                                    attributes, details)
                                VALUES (:vin, now(), 1, current_date - 30, current_date, :score,
                                    CAST(:attributes AS text[]), CAST(:details AS jsonb))""")
                        .param("vin", vin).param("score", i % 4 == 3 ? null : 40 + i % 60)
                        .param("attributes", i % 2 == 0 ? "{COMMUTER,SMOOTH_DRIVER}" : "{SHORT_TRIPS}")
                        .param("details", "{\"kmPerDay\": " + (5 + i % 90) + ".5}").update();
            }
            if (i % 3 != 2) {
                jdbc.sql("""
                                INSERT INTO marketing_consent (vin, subscriber_id, granted, changed_at)
                                VALUES (:vin, :subscriber, :granted, now())""")
                        .param("vin", vin).param("subscriber", subscriber).param("granted", i % 5 != 0).update();
            }
            if (i % 6 == 0) {
                lead(vin, i % 12 == 0 ? "OPEN" : "BOOKED");
            }
        }
    }

    @Test
    void theModelYearFunctionReadsVinsExactlyLikeCore() {
        for (char code : "ABCDEFGHJKLMNPRSTVWXY123456789IOQUZ0".toCharArray()) {
            String vin = "WVWZZZCDZ" + code + "W000001";
            Integer sql = jdbc.sql("SELECT pitwall_model_year(:vin)").param("vin", vin)
                    .query((rs, n) -> (Integer) rs.getObject(1)).list().get(0);
            var core = VinModelYear.of(vin);
            assertThat(sql).as("code %s", code).isEqualTo(core.isPresent() ? core.getAsInt() : null);
        }
    }

    @Test
    void aSegmentsPreviewEqualsAnIndependentSqlCount() {
        String segment = """
                {"modelYears": {"min": 2017, "max": 2023}, "healthBands": ["GOOD", "FAIR", "POOR"],
                 "kmPerDay": {"min": 10}, "profileAttributes": ["COMMUTER"], "locationConsent": true,
                 "near": {"latitude": 48.1, "longitude": 11.6, "radiusKm": 20}, "subscriptionEndsWithinDays": 300}""";
        long independent = jdbc.sql("""
                        SELECT count(*) FROM subscription s
                          JOIN vehicle_state vs ON vs.vin = s.vin
                          JOIN vehicle_profile vp ON vp.vin = s.vin
                          JOIN marketing_consent mc ON mc.vin = s.vin AND mc.granted
                         WHERE s.status = 'ACTIVE'
                           AND substr(s.vin, 10, 1) IN ('H', 'J', 'K', 'L', 'M', 'N', 'P')
                           AND vs.health_band <> 'CRITICAL'
                           AND (vp.details ->> 'kmPerDay')::numeric >= 10
                           AND 'COMMUTER' = ANY (vp.attributes)
                           AND s.ends_on <= current_date + 300
                           AND 6371.0088 * 2 * asin(sqrt(sin(radians(vs.latitude - 48.1) / 2) ^ 2
                               + cos(radians(48.1)) * cos(radians(vs.latitude))
                               * sin(radians(vs.longitude - 11.6) / 2) ^ 2)) <= 20""")
                .query(Long.class).single();

        assertThat(independent).isBetween(3L, (long) FLEET); // the segment is neither empty nor everyone
        assertThat(preview(segment)).isEqualTo(independent);
        assertThat(preview("{}")).isEqualTo(jdbc.sql("SELECT count(*) FROM subscription WHERE status = 'ACTIVE'")
                .query(Long.class).single());
        assertThat(preview("{\"openLeadReasons\": [\"SERVICE_DUE\"]}")).isEqualTo(jdbc.sql("""
                SELECT count(*) FROM subscription s WHERE s.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM service_lead l
                 WHERE l.vin = s.vin AND l.status IN ('OPEN', 'CONTACTED') AND l.reason = 'SERVICE_DUE')""")
                .query(Long.class).single());
    }

    @Test
    void theControlGroupReceivesNothingAndAReplaySendsNothingTwice() {
        UUID campaign = launched("""
                {"name": "Spring check", "segment": {"plans": ["Basic"]}, "channel": "EMAIL",
                 "variants": [{"key": "A", "weight": 1, "subject": "Spring check", "body": "Book now"},
                              {"key": "B", "weight": 1, "subject": "Spring check -10 %", "body": "Book now"}],
                 "controlPercent": 20, "cap": {"messages": 5, "days": 7},
                 "trigger": {"type": "SCHEDULED", "sendAt": "2020-01-01T00:00:00Z"}}""");

        runner.runOnce();
        runner.runOnce(); // a replay, or a second instance

        Map<String, Long> outcomes = jdbc.sql("SELECT outcome, count(*) FROM campaign_member WHERE campaign_id = :id"
                        + " GROUP BY outcome").param("id", campaign)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long audience = preview("{\"plans\": [\"Basic\"]}");
        assertThat(outcomes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(audience);
        assertThat(outcomes.get("CONTROL")).isPositive();
        assertThat(outcomes.get("SUPPRESSED")).isPositive(); // the unsubscribed ones
        List<Message> messages = sent(campaign);
        assertThat(messages).hasSize(outcomes.get("SENT").intValue());
        assertThat(messages).extracting(Message::vin).doesNotHaveDuplicates();
        List<String> control = jdbc.sql("SELECT vin FROM campaign_member WHERE campaign_id = :id AND variant = 'CONTROL'")
                .param("id", campaign).query(String.class).list();
        assertThat(messages).extracting(Message::vin).doesNotContainAnyElementsOf(control);
        assertThat(messages).extracting(Message::variant).contains("A", "B");
        assertThat(status(campaign)).isEqualTo("COMPLETED");
    }

    @Test
    void theFrequencyCapHoldsAcrossCampaigns() {
        String body = """
                {"name": "%s", "segment": {"plans": ["Comfort"]}, "channel": "IN_APP",
                 "variants": [{"key": "A", "weight": 1, "subject": "Hello", "body": "Hi"}],
                 "cap": {"messages": 1, "days": 7}, "trigger": {"type": "SCHEDULED", "sendAt": "2020-01-01T00:00:00Z"}}""";
        UUID first = launched(body.formatted("First"));
        runner.runOnce();
        UUID second = launched(body.formatted("Second"));
        runner.runOnce();
        runner.runOnce();

        List<Message> firstMessages = sent(first);
        assertThat(firstMessages).isNotEmpty();
        assertThat(sent(second)).extracting(Message::subscriber)
                .doesNotContainAnyElementsOf(firstMessages.stream().map(Message::subscriber).toList());
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_member WHERE campaign_id = :id AND outcome = 'CAPPED'")
                .param("id", second).query(Long.class).single()).isEqualTo(firstMessages.size());
    }

    @Test
    void anEventCampaignTakesInVehiclesAsTheirLeadsOpen() {
        UUID campaign = launched("""
                {"name": "Lead follow-up", "segment": {"wmis": ["WVW"]}, "channel": "EMAIL",
                 "variants": [{"key": "A", "weight": 1, "subject": "Service due", "body": "Book"}],
                 "cap": {"messages": 10, "days": 1}, "trigger": {"type": "EVENT", "event": "LEAD_OPENED"}}""");
        runner.runOnce();
        long withOpenLeads = jdbc.sql("""
                SELECT count(*) FROM subscription s WHERE s.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM service_lead l
                 WHERE l.vin = s.vin AND l.status IN ('OPEN', 'CONTACTED'))""").query(Long.class).single();
        assertThat(members(campaign)).isEqualTo(withOpenLeads);

        String vin = jdbc.sql("SELECT vin FROM subscription WHERE status = 'ACTIVE' AND subscriber_id LIKE 'sub-%'"
                + " AND vin NOT IN (SELECT vin FROM service_lead) ORDER BY vin LIMIT 1").query(String.class).single();
        lead(vin, "OPEN");
        runner.runOnce();

        assertThat(members(campaign)).isEqualTo(withOpenLeads + 1);
        assertThat(sent(campaign)).extracting(Message::vin).contains(vin);
    }

    @Test
    void resultsCompareEachVariantsBookingsWithTheControlGroup() {
        UUID campaign = launched("""
                {"name": "Measured", "segment": {}, "channel": "IN_APP",
                 "variants": [{"key": "A", "weight": 1, "subject": "Book", "body": "Book"}], "controlPercent": 30,
                 "cap": {"messages": 100, "days": 1}, "trigger": {"type": "SCHEDULED", "sendAt": "2020-01-01T00:00:00Z"}}""");
        runner.runOnce();
        // every other member books within the window, whatever their group
        List<Map.Entry<String, String>> members = jdbc.sql("SELECT subscriber_id, vin FROM campaign_member"
                        + " WHERE campaign_id = :id ORDER BY vin").param("id", campaign)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        for (int i = 0; i < members.size(); i += 2) {
            booking(members.get(i).getKey(), members.get(i).getValue(), i);
        }

        // three members of variant A read their message in the inbox
        List<Map.Entry<String, String>> readers = jdbc.sql("""
                        SELECT m.subscriber_id, m.message_id::text FROM campaign_member m
                         WHERE m.campaign_id = :id AND m.variant = 'A' AND m.outcome = 'SENT'
                         ORDER BY m.subscriber_id LIMIT 3""").param("id", campaign)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        for (Map.Entry<String, String> reader : readers) {
            client.post().uri("/api/v1/me/inbox/{id}/read", reader.getValue())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(reader.getKey(), Duration.ofMinutes(5),
                            Role.SUBSCRIBER))
                    .exchange().expectStatus().isOk();
        }

        String results = client.get().uri("/api/v1/campaigns/{id}/results", campaign)
                .header(HttpHeaders.AUTHORIZATION, bearer(Role.MARKETER))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();

        long controlBooked = independentBooked(campaign, "CONTROL");
        long aBooked = independentBooked(campaign, "A");
        assertThat(JsonPath.<List<String>>read(results, "$.groups[*].variant")).containsExactly("CONTROL", "A");
        assertThat(JsonPath.<Integer>read(results, "$.groups[0].booked")).isEqualTo((int) controlBooked);
        assertThat(JsonPath.<Integer>read(results, "$.groups[1].booked")).isEqualTo((int) aBooked);
        assertThat(readers).hasSize(3);
        assertThat(JsonPath.<Integer>read(results, "$.groups[0].opened")).isZero();
        assertThat(JsonPath.<Integer>read(results, "$.groups[1].opened")).isEqualTo(3);
        double controlRate = JsonPath.<Double>read(results, "$.groups[0].bookingRatePercent");
        double aRate = JsonPath.<Double>read(results, "$.groups[1].bookingRatePercent");
        assertThat(JsonPath.<Double>read(results, "$.groups[1].upliftPoints"))
                .isCloseTo(aRate - controlRate, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void aVariantsLinkIsTrackedAndEachMemberWhoFollowsItCountsOnceAsClicked() throws Exception {
        String target = "https://portal.pitwall.dev/offers/winter-tyres?utm_campaign=test";
        UUID campaign = launched("""
                {"name": "Winter tyres", "segment": {}, "channel": "IN_APP",
                 "variants": [{"key": "A", "weight": 1, "subject": "Winter tyres", "body": "Fit them now.",
                               "link": "%s"}], "controlPercent": 20,
                 "cap": {"messages": 100, "days": 1}, "trigger": {"type": "SCHEDULED", "sendAt": "2020-01-01T00:00:00Z"}}"""
                .formatted(target));
        runner.runOnce();
        List<String> messages = jdbc.sql("""
                        SELECT m.message_id::text FROM campaign_member m
                         WHERE m.campaign_id = :id AND m.variant = 'A' AND m.outcome = 'SENT'
                         ORDER BY m.subscriber_id LIMIT 2""").param("id", campaign).query(String.class).list();
        assertThat(messages).hasSize(2);

        HttpClient browser = HttpClient.newHttpClient(); // follows no redirects
        for (String message : messages) {
            String body = jdbc.sql("SELECT body FROM notification WHERE notification_id = CAST(:id AS uuid)")
                    .param("id", message).query(String.class).single();
            assertThat(body).as("the message names its tracked link, not the target").doesNotContain(target)
                    .contains("/api/v1/links/" + message);
            for (int click = 0; click < 2; click++) { // a second click is counted once
                HttpResponse<Void> followed = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + port + "/api/v1/links/" + message)).build(), HttpResponse.BodyHandlers.discarding());
                assertThat(followed.statusCode()).isEqualTo(302);
                assertThat(followed.headers().firstValue("Location")).contains(target);
            }
        }
        HttpResponse<String> unknown = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/links/" + UUID.randomUUID())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);

        String results = client.get().uri("/api/v1/campaigns/{id}/results", campaign)
                .header(HttpHeaders.AUTHORIZATION, bearer(Role.MARKETER))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<List<String>>read(results, "$.groups[*].variant")).containsExactly("CONTROL", "A");
        assertThat(JsonPath.<Integer>read(results, "$.groups[0].clicked")).isZero();
        assertThat(JsonPath.<Integer>read(results, "$.groups[1].clicked")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(results, "$.groups[1].opened")).as("a click is an open").isEqualTo(2);
    }

    @Test
    void badCampaignsAreRefusedFieldByFieldAndOnlyMarketersAndOperatorsMayRunThem() {
        String problem = client.post().uri("/api/v1/campaigns")
                .header(HttpHeaders.AUTHORIZATION, bearer(Role.MARKETER)).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"name": "", "segment": {"healthBands": ["GREAT"]}, "channel": "SMS", "variants": [],
                         "trigger": {"type": "EVENT"}}""")
                .exchange().expectStatus().isBadRequest().returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<List<String>>read(problem, "$.errors[*].parameter")).containsExactly("name",
                "segment.healthBands[0]", "channel", "variants", "trigger.event");

        client.post().uri("/api/v1/segments/preview").header(HttpHeaders.AUTHORIZATION, bearer(Role.SUBSCRIBER))
                .contentType(MediaType.APPLICATION_JSON).body("{}").exchange().expectStatus().isForbidden();

        UUID campaign = launched("""
                {"name": "Twice", "channel": "IN_APP",
                 "variants": [{"key": "A", "weight": 1, "subject": "s", "body": "b"}],
                 "trigger": {"type": "EVENT", "event": "ALARM_RAISED"}}""");
        String conflict = client.post().uri("/api/v1/campaigns/{id}/launch", campaign)
                .header(HttpHeaders.AUTHORIZATION, bearer(Role.OPERATOR))
                .exchange().expectStatus().isEqualTo(409).returnResult(String.class).getResponseBody();
        assertThat(JsonPath.<String>read(conflict, "$.campaignStatus")).isEqualTo("ACTIVE");
    }

    private UUID launched(String body) {
        String created = client.post().uri("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer(Role.MARKETER))
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody();
        UUID id = UUID.fromString(JsonPath.read(created, "$.campaignId"));
        client.post().uri("/api/v1/campaigns/{id}/launch", id).header(HttpHeaders.AUTHORIZATION, bearer(Role.MARKETER))
                .exchange().expectStatus().isOk();
        return id;
    }

    private long preview(String segment) {
        String body = client.post().uri("/api/v1/segments/preview")
                .header(HttpHeaders.AUTHORIZATION, bearer(Role.MARKETER)).contentType(MediaType.APPLICATION_JSON)
                .body(segment).exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        return JsonPath.<Number>read(body, "$.count").longValue();
    }

    /** The campaign's messages that the outbox holds to be delivered (not suppressed), by member. */
    private List<Message> sent(UUID campaign) {
        return jdbc.sql("""
                        SELECT n.campaign_variant, m.subscriber_id, m.vin FROM campaign_member m
                          JOIN notification n ON n.notification_id = m.message_id
                         WHERE m.campaign_id = :id AND n.cause_kind = 'CAMPAIGN' AND n.cause_id = :cause
                           AND n.status <> 'SUPPRESSED'""")
                .param("id", campaign).param("cause", campaign.toString())
                .query((rs, n) -> new Message(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private String status(UUID campaign) {
        return jdbc.sql("SELECT status FROM campaign WHERE campaign_id = :id").param("id", campaign)
                .query(String.class).single();
    }

    private long members(UUID campaign) {
        return jdbc.sql("SELECT count(*) FROM campaign_member WHERE campaign_id = :id").param("id", campaign)
                .query(Long.class).single();
    }

    private long independentBooked(UUID campaign, String variant) {
        return jdbc.sql("""
                        SELECT count(DISTINCT (m.subscriber_id, m.vin)) FROM campaign_member m
                          JOIN booking b ON b.subscriber_id = m.subscriber_id AND b.vin = m.vin
                         WHERE m.campaign_id = :id AND m.variant = :variant""")
                .param("id", campaign).param("variant", variant).query(Long.class).single();
    }

    private void lead(String vin, String status) {
        jdbc.sql("""
                        INSERT INTO service_lead (lead_id, vin, reason, subject, priority, status, suggested_service,
                            evidence, opened_at, updated_at, closed_at)
                        VALUES (:id, :vin, 'SERVICE_DUE', 'OIL_SERVICE', 'MEDIUM', :status, 'OIL_SERVICE', 'due',
                            now(), now(), NULL)""")
                .param("id", UUID.randomUUID()).param("vin", vin).param("status", status).update();
    }

    private void booking(String subscriber, String vin, int slot) {
        Instant start = Instant.parse("2031-01-06T08:00:00Z").plus(Duration.ofHours(slot));
        jdbc.sql("""
                        INSERT INTO booking (booking_id, subscriber_id, vin, workshop_id, bay, service_types, starts_at,
                            ends_at, status, created_by)
                        VALUES (:id, :subscriber, :vin, 'ws-001', 1, '{OIL_SERVICE}', :starts, :ends, 'BOOKED',
                            :subscriber)""")
                .param("id", UUID.randomUUID()).param("subscriber", subscriber).param("vin", vin)
                .param("starts", java.sql.Timestamp.from(start))
                .param("ends", java.sql.Timestamp.from(start.plus(Duration.ofMinutes(30)))).update();
    }

    private String bearer(Role role) {
        return "Bearer " + tokens.issue("local-" + role.name().toLowerCase(Locale.ROOT), Duration.ofMinutes(10), role);
    }
}
