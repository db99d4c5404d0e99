package dev.pitwall.api.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SignedIn;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.web.NearParameter;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.poi.GeoMath;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's SQL and the service's lifecycle on top of it, against a real PostgreSQL migrated by the storage
 * module, with leads written as the stream writes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadRepositoryIT {

    static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    static final String BERLIN_CAR = "WVWZZZCDZLW000001";
    static final String HAMBURG_CAR = "WVWZZZCDZLW000002";
    static final String MUNICH_CAR = "WVWZZZCDZLW000003";
    static final String GEO_CAR = "WVWZZZCDZLW000009"; // many leads all over the globe, for 'near'
    static final String LIFECYCLE_CAR = "WVWZZZCDZLW000010";
    static final LeadQuery CITY_CARS = new LeadQuery(Set.of(), Set.of(), Set.of(), null, null);

    static final Caller ADVISOR = Caller.of("advisor", Role.SERVICE_ADVISOR);


    JdbcClient jdbc;
    StreamLeads stream;
    LeadRepository repository;
    LeadService service;
    UUID berlinOil;
    UUID potsdamDtc;
    UUID hamburgBattery;
    UUID hamburgTires;
    UUID munichBrakes;
    final Map<UUID, double[]> geoLeads = new HashMap<>();

    @BeforeAll
    void createAndFillDatabase() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        DataSource dataSource = new DriverManagerDataSource(url);
        jdbc = JdbcClient.create(dataSource);
        stream = new StreamLeads(jdbc);
        repository = new LeadRepository(jdbc, JsonMapper.builder().build(), new VehicleAccess(jdbc));
        service = new LeadService(repository, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

        berlinOil = stream.open(BERLIN_CAR, "SERVICE_DUE", "OIL_SERVICE", "HIGH", "OPEN", 52.5200, 13.4050,
                T0.plus(Duration.ofHours(1)));
        potsdamDtc = stream.open(BERLIN_CAR, "SEVERE_DTC", "P0301", "URGENT", "OPEN", 52.3906, 13.0645, T0);
        hamburgBattery = stream.open(HAMBURG_CAR, "FAILURE_PREDICTED", "BATTERY", "URGENT", "CONTACTED", 53.5511,
                9.9937, T0.plus(Duration.ofHours(2)));
        hamburgTires = stream.open(HAMBURG_CAR, "SERVICE_DUE", "TIRE_ROTATION", "MEDIUM", "CLOSED", null, null,
                T0.plus(Duration.ofHours(3)));
        munichBrakes = stream.open(MUNICH_CAR, "SERVICE_DUE", "BRAKE_INSPECTION", "LOW", "EXPIRED", 48.1372, 11.5756,
                T0.minus(Duration.ofDays(40)));

        // clusters around the awkward places of a sphere: the poles, the antimeridian, the equator
        Random random = new Random(42);
        double[][] centres = {{52.52, 13.405}, {89.5, 0}, {-89.2, 120}, {0.5, 179.8}, {-20, -179.9}, {0, 0}};
        int n = 0;
        for (double[] centre : centres) {
            for (int i = 0; i < 60; i++) {
                double lat = Math.max(-90, Math.min(90, centre[0] + (random.nextDouble() * 6 - 3)));
                double lon = wrap(centre[1] + (random.nextDouble() * 12 - 6));
                UUID id = stream.open(GEO_CAR, "SEVERE_DTC", "P" + (1000 + n++), "HIGH", "OPEN", lat, lon,
                        T0.plusSeconds(n));
                geoLeads.put(id, new double[] {lat, lon});
            }
        }
    }

    static double wrap(double lon) {
        return lon >= 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    static LeadQuery query(Set<LeadStatus> statuses, Set<LeadPriority> priorities, Set<LeadReason> reasons,
            String vin) {
        return new LeadQuery(statuses, priorities, reasons, vin, null);
    }

    /** Every page of the answer, without the leads of the cars other tests use. */
    List<String> cityLeadIds(LeadQuery query) {
        List<Lead> all = new ArrayList<>();
        Page<Lead> page;
        int number = 0;
        do {
            page = repository.findPage(ADVISOR, query, new PageQuery(number++, 200));
            all.addAll(page.items());
        } while (number < page.totalPages());
        return all.stream().filter(l -> !l.vin().equals(GEO_CAR) && !l.vin().equals(LIFECYCLE_CAR))
                .map(Lead::leadId).toList();
    }

    @Test
    void listsMostUrgentFirstThenNewestOpenedFirst() {
        assertThat(cityLeadIds(CITY_CARS)).containsExactly(hamburgBattery.toString(), potsdamDtc.toString(),
                berlinOil.toString(), hamburgTires.toString(), munichBrakes.toString());
    }

    @Test
    void readsEveryColumnTheStreamWrote() {
        Lead oil = repository.find(berlinOil).orElseThrow();
        Lead tires = repository.find(hamburgTires).orElseThrow();

        assertThat(oil.vin()).isEqualTo(BERLIN_CAR);
        assertThat(oil.reason()).isEqualTo(LeadReason.SERVICE_DUE);
        assertThat(oil.subject()).isEqualTo("OIL_SERVICE");
        assertThat(oil.priority()).isEqualTo(LeadPriority.HIGH);
        assertThat(oil.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(oil.suggestedService()).isEqualTo("OIL_SERVICE");
        assertThat(oil.position()).isEqualTo(new Lead.Position(52.52, 13.405));
        assertThat(oil.workshops()).extracting(w -> w.poiId(), w -> w.brand(), w -> w.distanceKm())
                .containsExactly(tuple("ws-001", "VW", 1.8), tuple("ws-014", "", 3.25));
        assertThat(oil.openedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(oil.updatedAt()).isEqualTo(oil.openedAt());
        assertThat(oil.closedAt()).isNull();
        assertThat(oil.statusChangedAt()).isNotNull();
        assertThat(oil.distanceKm()).isNull();
        assertThat(tires.position()).isNull();
        assertThat(tires.workshops()).isEmpty();
        assertThat(tires.status()).isEqualTo(LeadStatus.CLOSED);
        assertThat(tires.resolvedAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(tires.closeReason()).isEqualTo("RESOLVED");
    }

    @Test
    void combinesStatusPriorityReasonAndVinFilters() {
        assertThat(cityLeadIds(query(Set.of(LeadStatus.OPEN, LeadStatus.CONTACTED), Set.of(), Set.of(), null)))
                .containsExactly(hamburgBattery.toString(), potsdamDtc.toString(), berlinOil.toString());
        assertThat(cityLeadIds(query(Set.of(LeadStatus.OPEN), Set.of(LeadPriority.HIGH), Set.of(), null)))
                .containsExactly(berlinOil.toString());
        assertThat(cityLeadIds(query(Set.of(), Set.of(), Set.of(LeadReason.SERVICE_DUE), null)))
                .containsExactly(berlinOil.toString(), hamburgTires.toString(), munichBrakes.toString());
        assertThat(cityLeadIds(query(Set.of(), Set.of(LeadPriority.URGENT), Set.of(), BERLIN_CAR)))
                .containsExactly(potsdamDtc.toString());
        assertThat(cityLeadIds(query(Set.of(LeadStatus.BOOKED), Set.of(), Set.of(), null))).isEmpty();
        assertThat(repository.findPage(ADVISOR, query(Set.of(), Set.of(), Set.of(), "WVWZZZCDZLW999999"),
                new PageQuery(0, 20)).totalItems()).isZero();
    }

    @Test
    void pagesThroughTheLeadsWithoutOverlapOrGaps() {
        LeadQuery geo = query(Set.of(), Set.of(), Set.of(), GEO_CAR);
        List<String> seen = new ArrayList<>();
        Page<Lead> page;
        int number = 0;
        do {
            page = repository.findPage(ADVISOR, geo, new PageQuery(number++, 70));
            seen.addAll(page.items().stream().map(Lead::leadId).toList());
        } while (number < page.totalPages());

        assertThat(page.totalItems()).isEqualTo(geoLeads.size());
        assertThat(page.totalPages()).isEqualTo(6);
        assertThat(page.items()).hasSize(geoLeads.size() - 5 * 70);
        assertThat(seen).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(geoLeads.keySet().stream().map(UUID::toString).toList());
    }

    @Test
    void findsExactlyTheLeadsWithinTheRadiusNearestFirstAtThePolesAndAcrossTheAntimeridian() {
        double[][] probes = {{52.52, 13.405, 100}, {90, 0, 150}, {89.9, -170, 300}, {-90, 0, 200},
                {0.5, -179.9, 250}, {-20.5, 179.5, 120}, {0, 0, 1}, {1, 1, 500}};
        for (double[] probe : probes) {
            LeadQuery near = new LeadQuery(Set.of(), Set.of(), Set.of(), GEO_CAR,
                    new NearParameter(probe[0], probe[1], probe[2]));
            List<Lead> found = repository.findPage(ADVISOR, near, new PageQuery(0, 200)).items();

            Set<String> expected = geoLeads.entrySet().stream()
                    .filter(e -> GeoMath.distanceKm(probe[0], probe[1], e.getValue()[0], e.getValue()[1]) <= probe[2])
                    .map(e -> e.getKey().toString())
                    .collect(Collectors.toSet());
            assertThat(found).as("near %s,%s within %s km", probe[0], probe[1], probe[2])
                    .extracting(Lead::leadId).containsExactlyInAnyOrderElementsOf(expected);
            for (Lead lead : found) {
                double exact = GeoMath.distanceKm(probe[0], probe[1], lead.position().latitude(),
                        lead.position().longitude());
                assertThat(lead.distanceKm()).isCloseTo(exact, offset(0.005));
            }
            assertThat(found).extracting(Lead::distanceKm).isSorted();
        }
    }

    @Test
    void findsSomethingAtEveryAwkwardProbe() {
        // guards the test above against passing vacuously with empty results
        for (double[] probe : new double[][] {{90, 0, 150}, {0.5, -179.9, 250}, {-20.5, 179.5, 120}}) {
            LeadQuery near = new LeadQuery(Set.of(), Set.of(), Set.of(), GEO_CAR,
                    new NearParameter(probe[0], probe[1], probe[2]));
            assertThat(repository.findPage(ADVISOR, near, new PageQuery(0, 200)).totalItems()).isPositive();
        }
    }

    @Test
    void leavesLeadsWithoutPositionOutOfANearQuery() {
        LeadQuery nearHamburg = new LeadQuery(Set.of(), Set.of(), Set.of(), HAMBURG_CAR,
                new NearParameter(53.55, 10.0, 500));

        assertThat(repository.findPage(ADVISOR, nearHamburg, new PageQuery(0, 20)).items())
                .extracting(Lead::leadId).containsExactly(hamburgBattery.toString());
    }

    @Test
    void ordersByDistanceWhenNearIsGiven() {
        LeadQuery nearBerlin = new LeadQuery(Set.of(), Set.of(), Set.of(), null,
                new NearParameter(52.52, 13.405, 300));

        List<Lead> found = repository.findPage(ADVISOR, nearBerlin, new PageQuery(0, 200)).items().stream()
                .filter(l -> !l.vin().equals(GEO_CAR) && !l.vin().equals(LIFECYCLE_CAR)).toList();

        // Berlin itself (0 km, HIGH) before Potsdam (about 27 km, URGENT); Hamburg lies about 255 km away
        assertThat(found).extracting(Lead::leadId).containsExactly(berlinOil.toString(), potsdamDtc.toString(),
                hamburgBattery.toString());
        assertThat(found.get(0).distanceKm()).isZero();
        assertThat(found.get(1).distanceKm()).isBetween(26.0, 28.0);
    }

    @Test
    void walksALeadThroughItsLifecycleRecordingWhoAndWhy() {
        UUID id = stream.open(LIFECYCLE_CAR, "SERVICE_DUE", "OIL_SERVICE", "MEDIUM", "OPEN", 52.0, 13.0, T0);

        LeadDetail contacted = service.changeStatus(id, LeadStatus.CONTACTED, "Called", "advisor-1").orElseThrow();
        LeadDetail retried = service.changeStatus(id, LeadStatus.CONTACTED, "Called again", "advisor-2")
                .orElseThrow();
        LeadDetail booked = service.changeStatus(id, LeadStatus.BOOKED, null, "advisor-1").orElseThrow();
        LeadDetail closed = service.changeStatus(id, LeadStatus.CLOSED, null, "advisor-2").orElseThrow();

        assertThat(contacted.lead().status()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(contacted.lead().closedAt()).isNull();
        assertThat(retried.history()).hasSize(2); // the retry changed nothing
        assertThat(booked.lead().status()).isEqualTo(LeadStatus.BOOKED);
        assertThat(closed.lead().status()).isEqualTo(LeadStatus.CLOSED);
        assertThat(closed.lead().closedAt()).isEqualTo(closed.lead().statusChangedAt());
        assertThat(closed.lead().closeReason()).isEqualTo("closed by advisor");
        assertThat(closed.lead().priority()).isEqualTo(LeadPriority.MEDIUM); // the stream's columns stay as they were
        assertThat(closed.history()).extracting(LeadHistoryEntry::event, LeadHistoryEntry::status,
                LeadHistoryEntry::priority, LeadHistoryEntry::detail, LeadHistoryEntry::actor).containsExactly(
                tuple("OPENED", null, "MEDIUM", "OIL_SERVICE needs attention", "stream"),
                tuple("STATUS", LeadStatus.CONTACTED, "MEDIUM", "Called", "advisor-1"),
                tuple("STATUS", LeadStatus.BOOKED, "MEDIUM", "", "advisor-1"),
                tuple("STATUS", LeadStatus.CLOSED, "MEDIUM", "", "advisor-2"));
        assertThat(closed.history().get(3).at()).isEqualTo(closed.lead().statusChangedAt());
    }

    @Test
    void keepsTheAdvisorsNoteAsTheCloseReason() {
        UUID id = stream.open(LIFECYCLE_CAR, "SERVICE_DUE", "AIR_FILTER", "LOW", "OPEN", null, null, T0);

        Lead closed = service.changeStatus(id, LeadStatus.CLOSED, "Customer sold the car", "advisor-1")
                .orElseThrow().lead();

        assertThat(closed.closeReason()).isEqualTo("Customer sold the car");
    }

    @Test
    void refusesStepsBackwardsAndChangesOfFinalLeadsWritingNothing() {
        UUID booked = stream.open(LIFECYCLE_CAR, "SERVICE_DUE", "CABIN_FILTER", "LOW", "OPEN", null, null, T0);
        service.changeStatus(booked, LeadStatus.BOOKED, null, "advisor-1");

        assertThatThrownBy(() -> service.changeStatus(booked, LeadStatus.CONTACTED, null, "advisor-1"))
                .isInstanceOfSatisfying(LeadStatusConflictException.class, e -> {
                    assertThat(e.current()).isEqualTo(LeadStatus.BOOKED);
                    assertThat(e.allowed()).containsExactly(LeadStatus.CLOSED);
                });
        assertThatThrownBy(() -> service.changeStatus(munichBrakes, LeadStatus.CLOSED, null, "advisor-1"))
                .isInstanceOfSatisfying(LeadStatusConflictException.class,
                        e -> assertThat(e.current()).isEqualTo(LeadStatus.EXPIRED));
        assertThatThrownBy(() -> service.changeStatus(hamburgTires, LeadStatus.BOOKED, null, "advisor-1"))
                .isInstanceOfSatisfying(LeadStatusConflictException.class,
                        e -> assertThat(e.current()).isEqualTo(LeadStatus.CLOSED));
        assertThat(stream.statusEvents(booked)).isEqualTo(1);
        assertThat(stream.statusEvents(munichBrakes)).isZero();
        assertThat(repository.find(munichBrakes).orElseThrow().closeReason()).isEqualTo("EXPIRED");
    }

    @Test
    void showsASubscriberOnlyTheLeadsOfTheVehiclesTheyOwn() {
        jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES ('sub-berlin', 'B', 'b@b.de')")
                .update();
        jdbc.sql("INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status) "
                + "VALUES (gen_random_uuid(), 'sub-berlin', :vin, 'basic', DATE '2026-01-01', CURRENT_DATE + 365, "
                + "'ACTIVE')").param("vin", BERLIN_CAR).update();
        Caller owner = Caller.of("sub-berlin", Role.SUBSCRIBER);
        // a lead of the car's previous subscriber, closed before this one's term began on 2026-01-01
        UUID before = stream.open(BERLIN_CAR, "SEVERE_DTC", "P0455", "LOW", "CLOSED", 52.5, 13.4,
                Instant.parse("2025-11-01T08:00:00Z"));

        assertThat(repository.findPage(owner, LeadQuery.all(), new PageQuery(0, 200)).items())
                .extracting(Lead::leadId).containsExactlyInAnyOrder(berlinOil.toString(), potsdamDtc.toString());
        assertThat(repository.find(owner, before)).isEmpty();
        assertThat(repository.find(ADVISOR, before)).isPresent();
        assertThat(repository.find(owner, berlinOil)).isPresent();
        assertThat(repository.find(owner, hamburgBattery)).isEmpty();
        assertThat(repository.find(Caller.of("sub-other", Role.SUBSCRIBER), berlinOil)).isEmpty();
    }

    @Test
    void answersNothingForAnUnknownLead() {
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000001");
        SignedIn.as("advisor-1", Role.SERVICE_ADVISOR);

        assertThat(service.lead(unknown)).isEmpty();
        assertThat(service.changeStatus(unknown, LeadStatus.CLOSED, null, "advisor-1")).isEmpty();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }
}
