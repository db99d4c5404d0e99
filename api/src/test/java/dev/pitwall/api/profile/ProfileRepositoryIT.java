package dev.pitwall.api.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SignedIn;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.core.profile.DrivingSegment;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/** The repository's SQL, and the service on top of it, against a real PostgreSQL migrated by the storage module. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileRepositoryIT {

    static final String VIN = "VIN00000000000001";
    static final String NEW_VIN = "VIN00000000000002"; // a profile without enough data for scores
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 2);
    static final Instant AS_OF = Instant.parse("2026-11-02T17:00:00Z");

    JdbcClient jdbc;
    ProfileService service;

    @BeforeEach
    void signInAsMarketer() {
        SignedIn.as("marketer", Role.MARKETER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @BeforeAll
    void createAndFillDatabase() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        jdbc = JdbcClient.create(new DriverManagerDataSource(url));
        service = new ProfileService(new ProfileRepository(jdbc, JsonMapper.builder().build()), new VehicleAccess(jdbc));

        jdbc.sql("""
                INSERT INTO vehicle_profile (vin, as_of, as_of_seq, window_from, window_to, overall_score,
                    smoothness_score, speed_discipline_score, night_driving_pct, attributes, details)
                VALUES (:vin, :asOf, 42, :from, :to, 84, 90, 94, 8, '{SMOOTH_DRIVER,COMMUTER}',
                    '{"observedDays": 30, "activeDays": 22, "km": 1234.5, "kmPerDay": 41.15, "drivingMinutes": 1480.5,
                      "trips": 58, "averageTripKm": 21.28, "typicalTripStartHour": 7, "harshBrakings": 3,
                      "harshAccelerations": 5, "harshEventsPer100Km": 0.648, "speedingShare": 0.012, "nightKm": 98.7,
                      "nightShare": 0.08, "fuelUsedLitres": 86.42, "litresPer100Km": 7.0, "refuelCount": 2,
                      "refuelledLitres": 80.5, "commuteDays": 12}')""")
                .param("vin", VIN).param("asOf", AS_OF.atOffset(ZoneOffset.UTC))
                .param("from", LAST_DAY.minusDays(29)).param("to", LAST_DAY).update();
        jdbc.sql("""
                INSERT INTO vehicle_profile (vin, as_of, as_of_seq, window_from, window_to, details)
                VALUES (:vin, :asOf, 1, :to, :to,
                    '{"observedDays": 1, "activeDays": 0, "km": 0, "kmPerDay": 0, "drivingMinutes": 0, "trips": 0,
                      "harshBrakings": 0, "harshAccelerations": 0, "nightKm": 0, "fuelUsedLitres": 0,
                      "refuelCount": 0, "refuelledLitres": 0, "commuteDays": 0}')""")
                .param("vin", NEW_VIN).param("asOf", AS_OF.atOffset(ZoneOffset.UTC)).param("to", LAST_DAY).update();
        // 500 days of usage, one row a day, km = the day's distance from the last day
        jdbc.sql("""
                INSERT INTO vehicle_daily_usage (vin, day, as_of, as_of_seq, km, driving_minutes, fuel_used_litres,
                    refuelled_litres, refuel_count, trips, harsh_brakings, harsh_accelerations, night_km,
                    speeding_minutes)
                SELECT :vin, CAST(:to AS date) - n, CAST(:asOf AS timestamptz) - n * interval '1 day', 42 - n, n, 60,
                       4.5, 0, 0, 2, 1, 0, 3.5, 1.5
                FROM generate_series(0, 499) n""")
                .param("vin", VIN).param("to", LAST_DAY).param("asOf", AS_OF.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("ANALYZE vehicle_daily_usage").update();
    }

    @Test
    void readsTheProfileAndTheRequestedDaysNewestFirst() {
        VehicleProfile profile = service.profile(VIN, 30).orElseThrow();

        assertThat(profile.asOf()).isEqualTo(AS_OF);
        assertThat(profile.windowFrom()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(profile.scores()).isEqualTo(new VehicleProfile.Scores(84, 90, 94, 8));
        assertThat(profile.attributes()).containsExactly(DrivingSegment.SMOOTH_DRIVER, DrivingSegment.COMMUTER);
        assertThat(profile.details().kmPerDay()).isEqualTo(41.15);
        assertThat(profile.details().typicalTripStartHour()).isEqualTo(7);
        assertThat(profile.dailyUsage()).hasSize(30);
        assertThat(profile.dailyUsage().get(0)).isEqualTo(new VehicleProfile.DailyUsage(LAST_DAY, 0, 60, 4.5, 0, 0,
                2, 1, 0, 3.5, 1.5, AS_OF));
        assertThat(profile.dailyUsage().get(29).day()).isEqualTo(LAST_DAY.minusDays(29));
    }

    @Test
    void countsDaysBackFromTheProfilesLastDay() {
        assertThat(service.profile(VIN, 1).orElseThrow().dailyUsage()).singleElement()
                .satisfies(d -> assertThat(d.day()).isEqualTo(LAST_DAY));
        assertThat(service.profile(VIN, 400).orElseThrow().dailyUsage()).hasSize(400);
    }

    @Test
    void readsAProfileWithoutScoresOrDays() {
        VehicleProfile profile = service.profile(NEW_VIN, 30).orElseThrow();

        assertThat(profile.scores()).isEqualTo(new VehicleProfile.Scores(null, null, null, null));
        assertThat(profile.attributes()).isEmpty();
        assertThat(profile.details().averageTripKm()).isNull();
        assertThat(profile.dailyUsage()).isEmpty();
    }

    @Test
    void answersAVehicleWithoutProfileWithNothing() {
        assertThat(service.profile("VIN00000000000009", 30)).isEmpty();
    }

    @Test
    void answersASubscriberWhoDoesNotOwnTheVehicleAsIfItHadNoProfile() {
        SignedIn.as("sub-4711", Role.SUBSCRIBER);

        assertThat(service.profile(VIN, 30)).isEmpty();
    }

    @Test
    void theDailyRowsOfOneVehicleUseThePrimaryKey() {
        String plan = String.join("\n", jdbc.sql("EXPLAIN " + ProfileRepository.DAYS_SQL).param("vin", VIN)
                .param("from", LAST_DAY.minusDays(29)).param("to", LAST_DAY).query(String.class).list());

        assertThat(plan).contains("vehicle_daily_usage_pkey").doesNotContain("Seq Scan");
    }
}
