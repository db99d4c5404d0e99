package dev.pitwall.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.infra.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the API against one table of who may call it ({@link #ROUTES}, the matrix of
 * docs/identity-and-access.md). The routes come from Spring MVC's handler mapping, so a new route without a line in
 * the table fails the build, and so does a line whose route is gone. For each route: no token gets 401, every role
 * the table leaves out gets 403, every role it names gets past the role check; where the path names a subscriber's
 * data, another subscriber gets 404 with the very body an unknown id gets, while the owner gets an answer.
 *
 * <p>Adding a route: add its line to {@link #ROUTES}; if its path has a variable not in {@link #OWNED_VALUES}, add
 * a value naming the owner's fixture there (insert the fixture in {@link #fixtures()}) and an unknown one to
 * {@link #UNKNOWN_VALUES}. The role checks send no body, so a mutating route must refuse a request without one
 * (a {@code consumes} JSON body does) or else tolerate it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationCoverageIT {

    static final String SECRET = "authorization-coverage-secret-of-32-bytes";

    static final String OWNER = "sub-owner";
    static final String OTHER = "sub-other";
    static final String OWNER_VIN = "WVWZZZCDZLW700001";
    static final String OTHER_VIN = "WVWZZZCDZLW700002";
    static final UUID OWNER_SUBSCRIPTION = UUID.fromString("5a1d7c3e-0000-4000-8000-000000000001");
    static final UUID OTHER_SUBSCRIPTION = UUID.fromString("5a1d7c3e-0000-4000-8000-000000000002");
    static final UUID OWNER_LEAD = UUID.fromString("1ead0000-0000-4000-8000-000000000001");
    static final UUID OWNER_BOOKING = UUID.fromString("0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90");
    static final UUID OWNER_MESSAGE = UUID.fromString("3e55a9e0-0000-4000-8000-000000000001");
    static final UUID OWNER_RENEWAL_OFFER = UUID.fromString("4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11");
    static final UUID OWNER_PHOTO = UUID.fromString("7d9e2c1a-4b3f-4e8d-9a6c-1f2e3d4c5b6a");
    static final UUID OWNER_TEST_DRIVE = UUID.fromString("9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a");

    /** Path variable values that name the owner's fixtures (or, where nothing is owned, something that exists). */
    static final Map<String, String> OWNED_VALUES = Map.ofEntries(
            Map.entry("vin", OWNER_VIN),
            Map.entry("leadId", OWNER_LEAD.toString()),
            Map.entry("subscriptionId", OWNER_SUBSCRIPTION.toString()),
            Map.entry("subscriberId", OWNER),
            // a geo offer's id for marketers, and the id of the owner's renewal offer
            Map.entry("offerId", OWNER_RENEWAL_OFFER.toString()),
            Map.entry("poiId", "ws-001"),
            Map.entry("campaignId", "0b6a7c1e-5d1f-4f7e-8a0e-3f2b1c4d5e60"),
            Map.entry("workshopId", "ws-001"),
            Map.entry("bookingId", OWNER_BOOKING.toString()),
            Map.entry("messageId", OWNER_MESSAGE.toString()),
            Map.entry("webhookId", "3d6f2a1b-8c4e-4b7a-9e2f-5a1c7d3e9b20"),
            Map.entry("item", "BRAKES"),
            Map.entry("photoId", OWNER_PHOTO.toString()),
            Map.entry("testDriveId", OWNER_TEST_DRIVE.toString()),
            Map.entry("notificationId", "5b0c4e7d-0000-4000-8000-000000000001"));

    /** Well-formed path variable values that name nothing. */
    static final Map<String, String> UNKNOWN_VALUES = Map.ofEntries(
            Map.entry("vin", "WVWZZZCDZLW799999"),
            Map.entry("leadId", "1ead0000-0000-4000-8000-00000000ffff"),
            Map.entry("subscriptionId", "5a1d7c3e-0000-4000-8000-00000000ffff"),
            Map.entry("subscriberId", "sub-nobody"),
            Map.entry("offerId", "4a0c6f4e-3f0e-3c4b-9a51-00000000ffff"),
            Map.entry("poiId", "ws-999"),
            Map.entry("campaignId", "0b6a7c1e-5d1f-4f7e-8a0e-00000000ffff"),
            Map.entry("workshopId", "ws-999"),
            Map.entry("bookingId", "0b7e4c52-8f0e-4a51-9d3c-00000000ffff"),
            Map.entry("messageId", "3d6f2a1b-8c4e-4b7a-9e2f-00000000ffff"),
            Map.entry("webhookId", "3d6f2a1b-8c4e-4b7a-9e2f-0000000eeeee"),
            Map.entry("item", "BRAKES"),
            Map.entry("photoId", "7d9e2c1a-4b3f-4e8d-9a6c-00000000ffff"),
            Map.entry("testDriveId", "9c2f7e1a-3b4d-4c5e-8f6a-00000000ffff"),
            Map.entry("notificationId", "5b0c4e7d-0000-4000-8000-00000000ffff"));

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> FLEET = EnumSet.of(Role.OPERATOR, Role.SERVICE_ADVISOR);
    /** The fleet roles for every vehicle, a subscriber for their own. */
    static final Set<Role> OWNERS = EnumSet.of(Role.SUBSCRIBER, Role.OPERATOR, Role.SERVICE_ADVISOR);
    static final Set<Role> MARKETING = EnumSet.of(Role.MARKETER, Role.OPERATOR, Role.SERVICE_ADVISOR);
    static final Set<Role> OPERATOR = EnumSet.of(Role.OPERATOR);
    static final Set<Role> SUBSCRIBER = EnumSet.of(Role.SUBSCRIBER);
    static final Set<Role> SUBSCRIBER_OR_OPERATOR = EnumSet.of(Role.SUBSCRIBER, Role.OPERATOR);
    static final Set<Role> CAMPAIGNERS = EnumSet.of(Role.MARKETER, Role.OPERATOR);

    /** One line per route: who may call it, and whose data its path variables name. */
    static final List<Route> ROUTES = List.of(
            // vehicles: a subscriber sees the vehicles of their active subscriptions, lists included
            route("GET", "/api/v1/vehicles", OWNERS),
            owned("GET", "/api/v1/vehicles/{vin}", OWNERS),
            owned("GET", "/api/v1/vehicles/{vin}/telemetry", OWNERS),
            owned("GET", "/api/v1/vehicles/{vin}/health/history", OWNERS),
            owned("GET", "/api/v1/vehicles/{vin}/predictions", OWNERS),
            route("GET", "/api/v1/alarms", OWNERS),
            owned("GET", "/api/v1/vehicles/{vin}/alarms", OWNERS),
            owned("GET", "/api/v1/vehicles/{vin}/service-book", OWNERS),
            route("POST", "/api/v1/vehicles/{vin}/service-records", FLEET),
            owned("GET", "/api/v1/vehicles/{vin}/profile", ALL),
            owned("GET", "/api/v1/vehicles/{vin}/marketing-consent", OWNERS),
            owned("PUT", "/api/v1/vehicles/{vin}/marketing-consent", EnumSet.of(Role.SUBSCRIBER, Role.OPERATOR),
                    "{\"granted\": true}"),
            // service-due leads: advisors work them, a subscriber reads their own vehicles'
            route("GET", "/api/v1/leads", OWNERS),
            owned("GET", "/api/v1/leads/{leadId}", OWNERS),
            route("PATCH", "/api/v1/leads/{leadId}", FLEET),
            // offers sent: for measuring campaigns
            route("GET", "/api/v1/offers", MARKETING),
            route("GET", "/api/v1/offers/{offerId}", MARKETING),
            // points of interest: public knowledge for anyone signed in
            route("GET", "/api/v1/pois", ALL),
            shared("GET", "/api/v1/pois/{poiId}", ALL),
            // subscribers and subscriptions: operators keep them, a subscriber reads their own
            route("POST", "/api/v1/subscribers", OPERATOR),
            route("GET", "/api/v1/subscribers/{subscriberId}", FLEET),
            route("POST", "/api/v1/subscriptions", OPERATOR),
            route("GET", "/api/v1/subscriptions", FLEET),
            owned("GET", "/api/v1/subscriptions/{subscriptionId}", OWNERS),
            route("POST", "/api/v1/subscriptions/{subscriptionId}/end", OPERATOR),
            route("GET", "/api/v1/me", SUBSCRIBER),
            route("GET", "/api/v1/me/subscriptions", SUBSCRIBER),
            // maintenance bookings: a subscriber books their own vehicles, the fleet roles on their behalf
            route("GET", "/api/v1/slots", OWNERS),
            shared("GET", "/api/v1/workshops/{workshopId}/slots", OWNERS),
            route("GET", "/api/v1/workshops/{workshopId}/capacity", FLEET),
            route("PUT", "/api/v1/workshops/{workshopId}/capacity", OPERATOR),
            route("GET", "/api/v1/bookings", OWNERS),
            route("POST", "/api/v1/bookings", OWNERS),
            owned("GET", "/api/v1/bookings/{bookingId}", OWNERS),
            owned("POST", "/api/v1/bookings/{bookingId}/reschedule", OWNERS,
                    "{\"startsAt\": \"2031-01-06T08:00:00Z\"}"),
            owned("POST", "/api/v1/bookings/{bookingId}/cancel", OWNERS),
            // work orders: the workshop moves them, the customer decides quotes (operators on their behalf)
            owned("GET", "/api/v1/bookings/{bookingId}/work-order", OWNERS),
            route("POST", "/api/v1/bookings/{bookingId}/check-in", FLEET),
            route("POST", "/api/v1/bookings/{bookingId}/start-inspection", FLEET),
            route("POST", "/api/v1/bookings/{bookingId}/quote", FLEET),
            owned("POST", "/api/v1/bookings/{bookingId}/quote/approve", SUBSCRIBER_OR_OPERATOR,
                    "{\"quoteVersion\": 1}"),
            owned("POST", "/api/v1/bookings/{bookingId}/quote/decline", SUBSCRIBER_OR_OPERATOR,
                    "{\"quoteVersion\": 1}"),
            route("POST", "/api/v1/bookings/{bookingId}/start-work", FLEET),
            route("POST", "/api/v1/bookings/{bookingId}/ready", FLEET),
            route("POST", "/api/v1/bookings/{bookingId}/collect", FLEET),
            route("PUT", "/api/v1/bookings/{bookingId}/checklist/{item}", FLEET),
            route("POST", "/api/v1/bookings/{bookingId}/checklist/{item}/photos", FLEET),
            owned("GET", "/api/v1/bookings/{bookingId}/photos/{photoId}", OWNERS),
            owned("POST", "/api/v1/bookings/{bookingId}/survey", SUBSCRIBER, "{\"rating\": 5}"),
            // renewal offers: the subscriber decides their own, operators on their behalf
            route("GET", "/api/v1/renewal-offers", ALL),
            owned("GET", "/api/v1/renewal-offers/{offerId}", ALL),
            owned("POST", "/api/v1/renewal-offers/{offerId}/accept", SUBSCRIBER_OR_OPERATOR),
            owned("POST", "/api/v1/renewal-offers/{offerId}/decline", SUBSCRIBER_OR_OPERATOR),
            route("POST", "/api/v1/coverages", OPERATOR),
            route("GET", "/api/v1/coverages", OWNERS),
            // campaigns and segments: marketers run them, operators oversee
            route("POST", "/api/v1/segments/preview", CAMPAIGNERS),
            route("POST", "/api/v1/campaigns", CAMPAIGNERS),
            route("GET", "/api/v1/campaigns", CAMPAIGNERS),
            route("GET", "/api/v1/campaigns/{campaignId}", CAMPAIGNERS),
            route("POST", "/api/v1/campaigns/{campaignId}/launch", CAMPAIGNERS),
            route("POST", "/api/v1/campaigns/{campaignId}/cancel", CAMPAIGNERS),
            route("GET", "/api/v1/campaigns/{campaignId}/results", CAMPAIGNERS),
            // notifications: a subscriber's own inbox and preferences; unsubscribe links carry a signed token
            route("GET", "/api/v1/me/inbox", SUBSCRIBER),
            owned("POST", "/api/v1/me/inbox/{messageId}/read", SUBSCRIBER),
            route("GET", "/api/v1/me/notification-preferences", SUBSCRIBER),
            route("PUT", "/api/v1/me/notification-preferences", SUBSCRIBER),
            open("GET", "/api/v1/unsubscribe"),
            open("POST", "/api/v1/unsubscribe"),
            // a marketing message's tracked link: the message id is the credential
            open("GET", "/api/v1/links/{notificationId}"),
            route("GET", "/api/v1/webhooks", OPERATOR),
            route("POST", "/api/v1/webhooks", OPERATOR),
            route("DELETE", "/api/v1/webhooks/{webhookId}", OPERATOR),
            route("GET", "/api/v1/notifications", MARKETING),
            // service prompts: the pre-filled booking a prompt links to, and the funnel
            owned("GET", "/api/v1/leads/{leadId}/booking-draft", OWNERS),
            route("GET", "/api/v1/prompts/funnel", MARKETING),
            // repurchase recommendations: the owner, the fleet roles and marketers
            owned("GET", "/api/v1/vehicles/{vin}/repurchase-recommendation", ALL),
            route("GET", "/api/v1/repurchase-candidates", MARKETING),
            // test drives at dealers: booked like maintenance visits, the dealer records the outcome
            owned("GET", "/api/v1/vehicles/{vin}/test-drive-slots", OWNERS),
            route("GET", "/api/v1/test-drives", OWNERS),
            route("POST", "/api/v1/test-drives", OWNERS),
            owned("GET", "/api/v1/test-drives/{testDriveId}", OWNERS),
            owned("POST", "/api/v1/test-drives/{testDriveId}/cancel", OWNERS),
            route("POST", "/api/v1/test-drives/{testDriveId}/outcome", FLEET));

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    /**
     * Two subscribers with a vehicle each, and what the owner's routes need to answer 200: the vehicle's state,
     * profile, consent and a lead.
     */
    @BeforeAll
    void fixtures() {
        Instant now = Instant.now();
        for (String vin : List.of(OWNER_VIN, OTHER_VIN)) {
            jdbc.sql("INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, engine_hours, "
                            + "health_score, health_band) VALUES (:vin, 1, :t, 1000.0, 50.0, 100, 'GOOD')")
                    .param("vin", vin).param("t", now.minusSeconds(60).atOffset(ZoneOffset.UTC)).update();
        }
        subscription(OWNER, OWNER_VIN, OWNER_SUBSCRIPTION);
        subscription(OTHER, OTHER_VIN, OTHER_SUBSCRIPTION);
        jdbc.sql("""
                INSERT INTO vehicle_profile (vin, as_of, as_of_seq, window_from, window_to, details)
                VALUES (:vin, :t, 1, CURRENT_DATE, CURRENT_DATE,
                    '{"observedDays": 1, "activeDays": 0, "km": 0, "kmPerDay": 0, "drivingMinutes": 0, "trips": 0,
                      "harshBrakings": 0, "harshAccelerations": 0, "nightKm": 0, "fuelUsedLitres": 0,
                      "refuelCount": 0, "refuelledLitres": 0, "commuteDays": 0}')""")
                .param("vin", OWNER_VIN).param("t", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO marketing_consent (vin, subscriber_id, granted, changed_at) "
                        + "VALUES (:vin, :subscriber, true, :t)")
                .param("vin", OWNER_VIN).param("subscriber", OWNER)
                .param("t", now.minusSeconds(3600).atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                INSERT INTO service_lead (lead_id, vin, reason, subject, priority, status, suggested_service,
                    evidence, opened_at, updated_at)
                VALUES (:id, :vin, 'SERVICE_DUE', 'OIL_SERVICE', 'HIGH', 'OPEN', 'OIL_SERVICE', 'Oil service due',
                    :t, :t)""")
                .param("id", OWNER_LEAD).param("vin", OWNER_VIN).param("t", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                INSERT INTO renewal_offer (offer_id, subscriber_id, vin, product_kind, product_id, product_name,
                    product_ends_on, stage_days, term_months, renewed_until, current_monthly, offered_monthly, currency,
                    total_percent, incentives, status, valid_until)
                SELECT :id, subscriber_id, vin, 'SUBSCRIPTION', subscription_id, plan, ends_on, 7, 12,
                    ends_on + 365, 100.00, 100.00, 'EUR', 0, '[]', 'OFFERED', CURRENT_DATE + 10
                  FROM subscription WHERE subscription_id = :subscription""")
                .param("id", OWNER_RENEWAL_OFFER).param("subscription", OWNER_SUBSCRIPTION).update();
        jdbc.sql("""
                INSERT INTO booking (booking_id, subscriber_id, vin, workshop_id, bay, service_types, starts_at, ends_at,
                    status, created_by)
                VALUES (:id, :subscriber, :vin, 'ws-001', 1, '{OIL_SERVICE}', :starts, :ends, 'BOOKED', :subscriber)""")
                .param("id", OWNER_BOOKING).param("subscriber", OWNER).param("vin", OWNER_VIN)
                .param("starts", now.plus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC))
                .param("ends", now.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("""
                INSERT INTO notification (notification_id, subscriber_id, channel, purpose, template_id, subject, body,
                    cause_kind, cause_id, status, sent_at)
                VALUES (:id, :subscriber, 'IN_APP', 'SERVICE', 'service-due-prompt', 'Oil service due', 'Book now',
                    'LEAD', :lead, 'SENT', now())""")
                .param("id", OWNER_MESSAGE).param("subscriber", OWNER).param("lead", OWNER_LEAD.toString()).update();
        // a checklist entry with a photo of the owner's booking (a 1x1 PNG's signature is all the route serves)
        jdbc.sql("INSERT INTO work_order_checklist_item (booking_id, item, result, updated_by) "
                        + "VALUES (:id, 'BRAKES', 'OK', 'staff-service_advisor')")
                .param("id", OWNER_BOOKING).update();
        jdbc.sql("""
                INSERT INTO test_drive (test_drive_id, subscriber_id, vin, model_id, dealer_id, demo_car, starts_at,
                    ends_at, status, created_by)
                VALUES (:id, :subscriber, :vin, 'vw-cityline-e', 'dl-001', 1, :starts, :ends, 'BOOKED', :subscriber)""")
                .param("id", OWNER_TEST_DRIVE).param("subscriber", OWNER).param("vin", OWNER_VIN)
                .param("starts", now.plus(Duration.ofDays(4)).atOffset(ZoneOffset.UTC))
                .param("ends", now.plus(Duration.ofDays(4)).plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
                .update();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        jdbc.sql("INSERT INTO work_order_photo (photo_id, booking_id, item, content_type, size_bytes, sha256, content, "
                        + "uploaded_by) VALUES (:photo, :id, 'BRAKES', 'image/png', 8, sha256(:content), :content, "
                        + "'staff-service_advisor')")
                .param("photo", OWNER_PHOTO).param("id", OWNER_BOOKING).param("content", png).update();
    }

    private void subscription(String subscriber, String vin, UUID id) {
        jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES (:id, :id, :email)")
                .param("id", subscriber).param("email", subscriber + "@example.com").update();
        jdbc.sql("INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status) "
                        + "VALUES (:id, :subscriber, :vin, 'basic', CURRENT_DATE - 30, CURRENT_DATE + 700, 'ACTIVE')")
                .param("id", id).param("subscriber", subscriber).param("vin", vin).update();
    }

    @Test
    void listsEveryRouteOfTheApplicationAndNoOther() {
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
            String owner = handler.getValue().getBeanType().getName();
            if (!owner.startsWith("dev.pitwall.")) {
                // springdoc's and Spring Boot's /error only: anything else would be a route nobody listed
                assertThat(owner).as("a controller outside Pitwall").matches(
                        name -> name.startsWith("org.springdoc.") || name.startsWith("org.springframework.boot."));
                continue;
            }
            Set<?> methods = handler.getKey().getMethodsCondition().getMethods();
            assertThat(methods).as("%s answers every HTTP method: declare the one it serves", handler.getValue())
                    .isNotEmpty();
            for (Object method : methods) {
                for (String path : handler.getKey().getPatternValues()) {
                    served.add(method + " " + path);
                }
            }
        }
        Set<String> listed = ROUTES.stream().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).as("routes listed in ROUTES without a line here").hasSameSizeAs(ROUTES);
        assertThat(served).as("routes served but not in ROUTES (add a line: who may call it?)")
                .isSubsetOf(listed);
        assertThat(listed).as("lines in ROUTES whose route is not served").isSubsetOf(served);
    }

    @Test
    void saysForEveryRouteASubscriberMayCallWithAPathVariableWhoseDataItNames() {
        for (Route route : ROUTES) {
            boolean names = VARIABLE.matcher(route.path()).find();
            if (route.ownership() == Ownership.OWNED) {
                assertThat(route.allowed()).as(route + " is owned but subscribers may not call it")
                        .contains(Role.SUBSCRIBER);
            }
            // an open route's path variable is its credential (a tracked link's random message id), not a bearer's
            if (names && !route.open() && route.allowed().contains(Role.SUBSCRIBER)) {
                assertThat(route.ownership()).as(route + ": OWNED (another subscriber gets 404) or SHARED?")
                        .isNotEqualTo(Ownership.NONE);
            }
            Matcher variables = VARIABLE.matcher(route.path());
            while (variables.find()) {
                assertThat(OWNED_VALUES).as(route + ": no fixture for {%s}", variables.group(1))
                        .containsKey(variables.group(1));
                assertThat(UNKNOWN_VALUES).as(route + ": no unknown value for {%s}", variables.group(1))
                        .containsKey(variables.group(1));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> answersEveryRouteAsTheTableSays() {
        return ROUTES.stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            EntityExchangeResult<String> anonymous = call(route, OWNED_VALUES, null, null);
            if (route.open()) {
                assertThat(anonymous.getStatus().value()).as(route + " is open without a token").isNotIn(401, 403);
                return;
            }
            assertThat(anonymous.getStatus().value()).as(route + " without a token").isEqualTo(401);
            assertProblem(anonymous, "unauthorized");

            for (Role role : Role.values()) {
                String subject = role == Role.SUBSCRIBER ? OWNER : "staff-" + role.name().toLowerCase();
                EntityExchangeResult<String> answer = call(route, OWNED_VALUES, token(subject, role), null);
                if (route.allowed().contains(role)) {
                    assertThat(answer.getStatus().value()).as(route + " for " + role + ": " + answer.getResponseBody())
                            .isNotIn(401, 403);
                } else {
                    assertThat(answer.getStatus().value()).as(route + " for " + role).isEqualTo(403);
                    assertProblem(answer, "forbidden");
                }
            }

            if (route.ownership() == Ownership.OWNED) {
                String other = token(OTHER, Role.SUBSCRIBER);
                EntityExchangeResult<String> othersData = call(route, OWNED_VALUES, other, route.ownerBody());
                EntityExchangeResult<String> unknown = call(route, UNKNOWN_VALUES, other, route.ownerBody());
                assertThat(othersData.getStatus().value()).as(route + " for another subscriber").isEqualTo(404);
                assertThat(unknown.getStatus().value()).as(route + " for an unknown id").isEqualTo(404);
                assertThat(normalized(othersData.getResponseBody(), OWNED_VALUES))
                        .as(route + ": another subscriber's data must look exactly like unknown data")
                        .isEqualTo(normalized(unknown.getResponseBody(), UNKNOWN_VALUES));

                EntityExchangeResult<String> owner = call(route, OWNED_VALUES, token(OWNER, Role.SUBSCRIBER),
                        route.ownerBody());
                assertThat(owner.getStatus().value()).as(route + " for the owner: " + owner.getResponseBody())
                        .isNotIn(401, 403, 404);
            }
        }));
    }

    private EntityExchangeResult<String> call(Route route, Map<String, String> values, String token, String body) {
        RestTestClient.RequestBodySpec request = client.method(route.method()).uri(expand(route.path(), values));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            return request.contentType(MediaType.APPLICATION_JSON).body(body).exchange().returnResult(String.class);
        }
        return request.exchange().returnResult(String.class);
    }

    private String token(String subject, Role role) {
        return tokens.issue(subject, Duration.ofMinutes(10), role);
    }

    private static void assertProblem(EntityExchangeResult<String> answer, String type) {
        assertThat(answer.getResponseHeaders().getContentType())
                .satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        assertThat(JSON.readTree(answer.getResponseBody()).path("type").asString())
                .isEqualTo("https://pitwall.dev/problems/" + type);
    }

    static String expand(String path, Map<String, String> values) {
        Matcher variables = VARIABLE.matcher(path);
        StringBuilder expanded = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(expanded, Matcher.quoteReplacement(values.get(variables.group(1))));
        }
        return variables.appendTail(expanded).toString();
    }

    /** The body with the path variables' values put back as {name}, so that two answers can be compared. */
    private static JsonNode normalized(String body, Map<String, String> values) {
        String text = body;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getValue(), "{" + value.getKey() + "}");
        }
        return JSON.readTree(text);
    }

    /** Whose data a route's path variables name. */
    enum Ownership {
        /** None: no path variable, or one only roles that see everything may use. */
        NONE,
        /** Data every allowed caller may read alike, such as a point of interest. */
        SHARED,
        /** One subscriber's data: another subscriber gets 404, exactly as for an unknown id. */
        OWNED
    }

    /**
     * A route and who may call it.
     *
     * @param ownerBody for an OWNED route that takes a body: one valid for the owner
     */
    /** @param open reachable without a token (the request carries its own credential, e.g. a signed link) */
    record Route(HttpMethod method, String path, Set<Role> allowed, Ownership ownership, String ownerBody,
            boolean open) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Route route(String method, String path, Set<Role> allowed) {
        return new Route(HttpMethod.valueOf(method), path, allowed, Ownership.NONE, null, false);
    }

    /** A route without a bearer token: anyone may call it, and it checks a credential of its own. */
    static Route open(String method, String path) {
        return new Route(HttpMethod.valueOf(method), path, ALL, Ownership.NONE, null, true);
    }

    static Route shared(String method, String path, Set<Role> allowed) {
        return new Route(HttpMethod.valueOf(method), path, allowed, Ownership.SHARED, null, false);
    }

    static Route owned(String method, String path, Set<Role> allowed) {
        return owned(method, path, allowed, null);
    }

    static Route owned(String method, String path, Set<Role> allowed, String ownerBody) {
        return new Route(HttpMethod.valueOf(method), path, allowed, Ownership.OWNED, ownerBody, false);
    }
}
