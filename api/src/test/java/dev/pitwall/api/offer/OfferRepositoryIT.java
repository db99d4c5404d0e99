package dev.pitwall.api.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.offer.OfferKind;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The repository's SQL, and the service on top of it, against a real PostgreSQL migrated by the storage module. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferRepositoryIT {

    static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");
    /** The API's clock in this test: one hour after T0. */
    static final Instant NOW = T0.plus(Duration.ofHours(1));
    static final String VIN = "VIN00000000000001";
    static final String OTHER_VIN = "VIN00000000000002";
    static final String BUSY_VIN = "VIN00000000000003"; // years of offers, for the plans
    static final int FLEET_SIZE = 300; // other vehicles with twenty old offers each, for the plans
    static final PageQuery FIRST = new PageQuery(0, 20);

    JdbcClient jdbc;
    OfferRepository repository;
    OfferService service;

    @BeforeAll
    void createAndFillDatabase() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        jdbc = JdbcClient.create(new DriverManagerDataSource(url));
        repository = new OfferRepository(jdbc);
        service = new OfferService(repository, Clock.fixed(NOW, ZoneOffset.UTC));

        insert(id("fuel-1"), VIN, "FUEL", "fuel-partner-ahead", null, T0, Duration.ofHours(2), "SENT"); // active
        insert(id("svc-1"), VIN, "SERVICE", "service-workshop-nearby", "lead-1", T0.minus(Duration.ofHours(3)),
                Duration.ofHours(12), "REDEEMED"); // closed by status
        insert(id("fuel-0"), VIN, "FUEL", "fuel-partner-ahead", null, T0.minus(Duration.ofDays(8)),
                Duration.ofHours(2), "SENT"); // expired by time, never marked
        insert(id("other"), OTHER_VIN, "SERVICE", "service-workshop-nearby", "lead-9", T0, Duration.ofHours(12),
                "OPENED"); // active, same time as fuel-1: the id breaks the tie
        insert(id("edge"), OTHER_VIN, "FUEL", "fuel-partner-ahead", null, NOW.minus(Duration.ofHours(2)),
                Duration.ofHours(2), "SENT"); // expires exactly now: no longer active

        jdbc.sql("""
                INSERT INTO offer (offer_id, vin, subscriber_id, kind, campaign_id, poi_id, poi_name, brand,
                                   distance_km, latitude, longitude, lead_id, message, status, created_at, expires_at)
                SELECT gen_random_uuid(), :vin, 'sub', 'FUEL', 'fuel-partner-ahead', 'fs-001', 'n', 'b', 1, 48, 11,
                       NULL, 'm', 'EXPIRED', t, t + interval '2 hours'
                FROM generate_series(CAST(:t0 AS timestamptz) - interval '1000 days',
                                     CAST(:t0 AS timestamptz) - interval '10 days', interval '1 day') t""")
                .param("vin", BUSY_VIN).param("t0", T0.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                INSERT INTO offer (offer_id, vin, subscriber_id, kind, campaign_id, poi_id, poi_name, brand,
                                   distance_km, latitude, longitude, lead_id, message, status, created_at, expires_at)
                SELECT gen_random_uuid(), 'FLT' || lpad(v::text, 14, '0'), 'sub', 'FUEL',
                       'campaign-' || (n % 5), 'fs-001', 'n', 'b', 1, 48, 11, NULL, 'm', 'SENT', t,
                       t + interval '2 hours'
                FROM generate_series(1, :vehicles) v, generate_series(1, 20) n,
                     LATERAL (SELECT CAST(:t0 AS timestamptz) - n * interval '2 days' AS t) s""")
                .param("vehicles", FLEET_SIZE).param("t0", T0.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("ANALYZE offer").update();
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    @Test
    void readsEveryColumnOfAnOffer() {
        Offer fuel = service.byId(id("fuel-1")).orElseThrow();

        assertThat(fuel).isEqualTo(new Offer(id("fuel-1"), VIN, "sub-1", OfferKind.FUEL, "fuel-partner-ahead",
                OfferStatus.SENT, true, "fs-001", "Nordstern Leopoldstraße", "Nordstern", 2.4, 48.134, 11.583, null,
                "message fuel-partner-ahead", T0, T0.plus(Duration.ofHours(2))));
        assertThat(service.byId(id("svc-1")).orElseThrow().leadId()).isEqualTo("lead-1");
        assertThat(service.byId(id("nothing"))).isEmpty();
    }

    @Test
    void listsOneVehiclesOffersNewestFirst() {
        Page<Offer> page = service.list(new OfferQuery(VIN, null, null, null, null, null), FIRST);

        assertThat(page.items()).extracting(Offer::offerId).containsExactly(id("fuel-1"), id("svc-1"), id("fuel-0"));
        assertThat(page.items()).extracting(Offer::active).containsExactly(true, false, false);
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void activeMeansOpenStatusAndNotExpiredAtTheClocksNow() {
        OfferQuery active = new OfferQuery(null, null, null, true, T0.minus(Duration.ofDays(1)), null);
        OfferQuery inactive = new OfferQuery(VIN, null, null, false, null, null);
        OfferQuery otherInactive = new OfferQuery(OTHER_VIN, null, null, false, null, null);

        assertThat(service.list(active, FIRST).items()).extracting(Offer::offerId)
                .containsExactlyInAnyOrder(id("fuel-1"), id("other"));
        assertThat(service.list(active, FIRST).items()).allSatisfy(o -> assertThat(o.active()).isTrue());
        assertThat(service.list(inactive, FIRST).items()).extracting(Offer::offerId)
                .containsExactly(id("svc-1"), id("fuel-0")); // redeemed; expired by time though still SENT
        assertThat(service.list(otherInactive, FIRST).items()).extracting(Offer::offerId)
                .containsExactly(id("edge")); // expires exactly at the clock's now
    }

    @Test
    void filtersByKindCampaignAndHalfOpenTimeRangeAndPagesWithoutOverlap() {
        OfferQuery services = new OfferQuery(null, OfferKind.SERVICE, "service-workshop-nearby", null,
                T0.minus(Duration.ofDays(1)), null);
        OfferQuery exactlyT0 = new OfferQuery(null, null, null, null, T0, T0.plusNanos(1000));

        assertThat(service.list(services, FIRST).items()).extracting(Offer::offerId)
                .containsExactly(id("other"), id("svc-1"));
        List<UUID> atT0 = service.list(exactlyT0, FIRST).items().stream().map(Offer::offerId).toList();
        assertThat(atT0).containsExactlyInAnyOrder(id("fuel-1"), id("other"));
        Page<Offer> first = service.list(exactlyT0, new PageQuery(0, 1));
        Page<Offer> second = service.list(exactlyT0, new PageQuery(1, 1));
        assertThat(first.items().get(0).offerId()).isNotEqualTo(second.items().get(0).offerId());
        assertThat(atT0).containsExactly(first.items().get(0).offerId(), second.items().get(0).offerId());
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(service.list(new OfferQuery(null, null, null, null, null, T0), FIRST).items())
                .extracting(Offer::offerId).doesNotContain(id("fuel-1"), id("other"));
    }

    @Test
    void aVinWithoutOffersGivesAnEmptyPage() {
        assertThat(service.list(new OfferQuery("VIN00000000000009", null, null, null, null, null), FIRST).totalItems())
                .isZero();
    }

    @Test
    void perVehicleCampaignAndActiveQueriesWalkTheirIndexes() {
        assertThat(plan(new OfferQuery(BUSY_VIN, null, null, null, null, null)))
                .contains("offer_vin_time_idx").doesNotContain("Seq Scan");
        assertThat(plan(new OfferQuery(null, null, "campaign-3", null, null, null)))
                .contains("offer_campaign_time_idx").doesNotContain("Seq Scan");
        assertThat(plan(new OfferQuery(null, null, null, true, null, null)))
                .contains("offer_active_idx").doesNotContain("Seq Scan");
        assertThat(plan(OfferQuery.ALL)).contains("offer_time_idx").doesNotContain("Seq Scan");
    }

    private String plan(OfferQuery query) {
        String sql = "EXPLAIN SELECT " + OfferRepository.COLUMNS + " FROM offer" + OfferRepository.where(query)
                + OfferRepository.ORDER + " LIMIT 20";
        return String.join("\n", OfferRepository.bind(jdbc.sql(sql), query, NOW).query(String.class).list());
    }

    private void insert(UUID id, String vin, String kind, String campaign, String leadId, Instant createdAt,
            Duration validity, String status) {
        jdbc.sql("""
                INSERT INTO offer (offer_id, vin, subscriber_id, kind, campaign_id, poi_id, poi_name, brand,
                                   distance_km, latitude, longitude, lead_id, message, status, created_at, expires_at)
                VALUES (:id, :vin, 'sub-1', :kind, :campaign, 'fs-001', 'Nordstern Leopoldstraße', 'Nordstern', 2.4,
                        48.134, 11.583, :lead, :message, :status, :created, :expires)""")
                .param("id", id).param("vin", vin).param("kind", kind).param("campaign", campaign)
                .param("lead", leadId, java.sql.Types.VARCHAR).param("message", "message " + campaign)
                .param("status", status).param("created", createdAt.atOffset(ZoneOffset.UTC))
                .param("expires", createdAt.plus(validity).atOffset(ZoneOffset.UTC))
                .update();
    }
}
