package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.core.profile.DailyUsage;
import dev.pitwall.core.profile.DrivingProfile;
import dev.pitwall.core.profile.DrivingProfileMemory;
import dev.pitwall.core.profile.DrivingProfileRules;
import dev.pitwall.core.profile.DrivingProfileTracker;
import dev.pitwall.core.profile.DrivingScores;
import dev.pitwall.core.profile.DrivingSegment;
import dev.pitwall.core.profile.ProfileTotals;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driving profile sinks' statements against PostgreSQL migrated by storage, in batches as the JDBC sink sends. */
class DrivingProfileSqlIT {

    static final Instant T = Instant.parse("2026-11-02T17:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    static final ProfileTotals TOTALS = new ProfileTotals(30, 22, 1234.5, 41.15, 1480.5, 58, 21.28, 7, 3, 5, 0.648,
            0.012, 98.7, 0.08, 86.42, 7.0, 2, 80.5, 12);

    PipelineTables db;

    @BeforeEach
    void freshDatabase() {
        db = PipelineTables.createMigrated();
    }

    static DrivingProfile profile(String vin, Instant asOf, long seq, int overall) {
        return new DrivingProfile(vin, asOf, seq, DAY.minusDays(29), DAY, new DrivingScores(overall, 90, 95, 8),
                List.of(DrivingSegment.SMOOTH_DRIVER, DrivingSegment.COMMUTER), TOTALS);
    }

    static DailyUsage usage(String vin, LocalDate day, Instant asOf, long seq, double km) {
        return new DailyUsage(vin, day, asOf, seq, km, 61.5, 3.25, 0, 0, 3, 1, 0, 4.5, 2.0);
    }

    @Test
    void writingTheSameRowsTwiceChangesNothing() throws SQLException {
        List<DrivingProfile> profiles = List.of(profile(vin(1), T, 10, 88), profile(vin(2), T, 7, 60));
        List<DailyUsage> days = List.of(usage(vin(1), DAY.minusDays(1), T.minusSeconds(60_000), 4, 12.5),
                usage(vin(1), DAY, T, 10, 40.25));

        writeProfiles(profiles);
        writeDays(days);
        List<JsonNode> profilesOnce = db.rows(PROFILE_ROWS);
        List<JsonNode> daysOnce = db.rows(DAY_ROWS);
        writeProfiles(profiles);
        writeDays(days);

        assertThat(db.rows(PROFILE_ROWS)).hasSize(2).isEqualTo(profilesOnce);
        assertThat(db.rows(DAY_ROWS)).hasSize(2).isEqualTo(daysOnce);
        JsonNode first = profilesOnce.get(0);
        assertThat(first.get("overall_score").asInt()).isEqualTo(88);
        assertThat(first.get("attributes").toString()).isEqualTo("[\"SMOOTH_DRIVER\",\"COMMUTER\"]");
        assertThat(first.get("window_from").asText()).isEqualTo("2026-10-04");
        assertThat(first.get("details").get("kmPerDay").asDouble()).isEqualTo(41.15);
        assertThat(first.get("details").get("typicalTripStartHour").asInt()).isEqualTo(7);
        assertThat(daysOnce.get(1).get("km").asDouble()).isEqualTo(40.25);
        assertThat(daysOnce.get(1).get("day").asText()).isEqualTo("2026-11-02");
    }

    @Test
    void onlyANewerSnapshotReplacesARowInOneBatchOrAcrossBatches() throws SQLException {
        writeProfiles(List.of(profile(vin(1), T, 10, 70), profile(vin(1), T.minusSeconds(900), 9, 50)));
        writeProfiles(List.of(profile(vin(1), T, 9, 40))); // same time, lower seq: older
        writeDays(List.of(usage(vin(1), DAY, T, 10, 40), usage(vin(1), DAY, T.minusSeconds(900), 9, 30)));
        writeDays(List.of(usage(vin(1), DAY, T, 11, 41))); // same time, higher seq: newer

        assertThat(db.rows(PROFILE_ROWS)).singleElement()
                .satisfies(row -> assertThat(row.get("overall_score").asInt()).isEqualTo(70));
        assertThat(db.rows(DAY_ROWS)).singleElement().satisfies(row -> {
            assertThat(row.get("km").asDouble()).isEqualTo(41.0);
            assertThat(row.get("as_of_seq").asLong()).isEqualTo(11);
        });
    }

    @Test
    void storesAProfileWithoutScoresAndWithoutSegments() throws SQLException {
        writeProfiles(List.of(new DrivingProfile(vin(3), T, 1, DAY.minusDays(29), DAY, DrivingScores.NOT_ENOUGH_DATA,
                List.of(), new ProfileTotals(1, 0, 0, 0, 0, 0, null, null, 0, 0, null, null, 0, null, 0, null, 0, 0, 0))));

        assertThat(db.rows(PROFILE_ROWS)).singleElement().satisfies(row -> {
            assertThat(row.get("overall_score").isNull()).isTrue();
            assertThat(row.get("attributes").size()).isZero();
            assertThat(row.get("details").get("averageTripKm").isNull()).isTrue();
        });
    }

    @Test
    void theTablesRefuseRowsThatCannotBe() {
        assertThatThrownBy(() -> writeProfiles(List.of(profile(vin(1), T, 1, 101))))
                .hasMessageContaining("vehicle_profile_overall_score_check");
        assertThatThrownBy(() -> execute("INSERT INTO vehicle_profile (vin, as_of, as_of_seq, window_from, window_to, "
                + "attributes, details) VALUES ('" + vin(1) + "', now(), 1, current_date, current_date, "
                + "'{GOOD_TIPPER}', '{}')")).hasMessageContaining("vehicle_profile_attributes_check");
        assertThatThrownBy(() -> writeDays(List.of(usage(vin(1), DAY, T, 1, -1))))
                .hasMessageContaining("vehicle_daily_usage_km_check");
    }

    @Test
    void theTrackersRowsLandAsItsLastEmissionOfEachDay() throws SQLException {
        DrivingProfileTracker tracker = new DrivingProfileTracker(DrivingProfileRules.DEFAULTS);
        List<DrivingProfile> profiles = new ArrayList<>();
        List<DailyUsage> days = new ArrayList<>();
        DrivingProfileMemory memory = null;
        double odometer = 500;
        // from 18:00 Berlin time for 26 hours, driving at 90 km/h from 23:00 to 01:00: 90 km on each day
        for (int minute = 0; minute <= 26 * 60; minute += 2) {
            Instant at = T.plus(Duration.ofMinutes(minute));
            boolean driving = minute % (24 * 60) >= 5 * 60 && minute % (24 * 60) < 7 * 60;
            odometer += driving ? 3 : 0;
            var outcome = tracker.onTelemetry(memory, new Telemetry(vin(4), minute, at, VehicleSignals.builder()
                    .odometerKm(odometer).speedKmh(driving ? 90.0 : 0.0).engineRunning(driving).build()));
            memory = outcome.memory();
            profiles.addAll(outcome.profiles());
            days.addAll(outcome.days());
        }
        Map<LocalDate, DailyUsage> lastOfEachDay = new TreeMap<>();
        days.forEach(d -> lastOfEachDay.put(d.day(), d));

        writeProfiles(profiles);
        writeDays(days);
        writeDays(days.subList(0, days.size() / 2)); // a replay of older rows after a recovery

        assertThat(db.rows(DAY_ROWS)).extracting(row -> row.get("km").asDouble())
                .containsExactlyElementsOf(lastOfEachDay.values().stream().map(DailyUsage::km).toList());
        assertThat(lastOfEachDay.values()).extracting(DailyUsage::km).containsExactly(90.0, 90.0);
        assertThat(db.queryLong("SELECT as_of_seq FROM vehicle_profile"))
                .isEqualTo(profiles.get(profiles.size() - 1).asOfSeq());
    }

    @Test
    void telemetryDailyRollsUpRawTelemetryByLocalDay() throws SQLException {
        // 22:30Z on 1 Nov is 23:30 in Berlin; 23:30Z is already 2 Nov there
        execute("INSERT INTO telemetry (vin, seq, event_time, odometer_km, speed_kmh, fuel_level_pct) VALUES "
                + "('" + vin(5) + "', 1, '2026-11-01T22:30:00Z', 100, 50, 60), "
                + "('" + vin(5) + "', 2, '2026-11-01T22:45:00Z', 110, 70, 59), "
                + "('" + vin(5) + "', 3, '2026-11-01T23:30:00Z', 130, 90, 58)");

        List<JsonNode> rows = db.rows("SELECT to_jsonb(d) FROM (SELECT vin, day, messages, odometer_max_km - "
                + "odometer_min_km AS km, max_speed_kmh FROM telemetry_daily WHERE vin = '" + vin(5)
                + "' ORDER BY day) d");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("messages").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("km").asDouble()).isEqualTo(10.0);
        assertThat(rows.get(1).get("max_speed_kmh").asDouble()).isEqualTo(90.0);
        assertThat(db.queryLong("SELECT count(*) FROM telemetry_daily WHERE day = '2026-11-02T00:00:00+01:00'"))
                .isEqualTo(1);
    }

    static final String PROFILE_ROWS = "SELECT to_jsonb(p) - 'updated_at' FROM vehicle_profile p ORDER BY vin";
    static final String DAY_ROWS = "SELECT to_jsonb(d) - 'updated_at' FROM vehicle_daily_usage d ORDER BY vin, day";

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void writeProfiles(List<DrivingProfile> profiles) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url);
                PreparedStatement ps = c.prepareStatement(DrivingProfileSinks.UPSERT_VEHICLE_PROFILE)) {
            for (DrivingProfile p : profiles) {
                DrivingProfileSinks.bindProfile(ps, p);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeDays(List<DailyUsage> days) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url);
                PreparedStatement ps = c.prepareStatement(DrivingProfileSinks.UPSERT_DAILY_USAGE)) {
            for (DailyUsage d : days) {
                DrivingProfileSinks.bindDailyUsage(ps, d);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
