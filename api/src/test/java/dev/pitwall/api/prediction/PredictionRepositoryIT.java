package dev.pitwall.api.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.vehicle.KnownVehicles;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/** The repository's SQL, and the service on top of it, against a real PostgreSQL migrated by the storage module. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictionRepositoryIT {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String VIN = "VIN00000000000001";
    static final String OTHER_VIN = "VIN00000000000002";
    static final String QUIET_VIN = "VIN00000000000003"; // known, never predicted
    static final String BUSY_VIN = "VIN00000000000004"; // months of hourly predictions, for the plans
    static final String BATTERY_FEATURES = "[{\"feature\": \"battery.cranking_v.min_1d\", \"value\": 9.91, "
            + "\"contribution\": 1.7}, {\"feature\": \"ambient.temp_c.mean_7d\", \"value\": -6.2, \"contribution\": 0.4}]";

    JdbcClient jdbc;
    PredictionRepository repository;
    PredictionService service;

    @BeforeAll
    void createAndFillDatabase() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        jdbc = JdbcClient.create(new DriverManagerDataSource(url));
        repository = new PredictionRepository(jdbc, JsonMapper.builder().build());
        KnownVehicles known = Set.of(VIN, OTHER_VIN, QUIET_VIN, BUSY_VIN)::contains;
        service = new PredictionService(repository, known, properties());

        // battery: one prediction a day from T0, rising; seq 11 shares seq 10's event time and wins the tie
        for (int seq = 1; seq <= 10; seq++) {
            insert(VIN, "BATTERY", seq, T0.plus(Duration.ofDays(seq - 1)), 0.2 + 0.05 * seq, 14, 30.0 - 2 * seq,
                    seq <= 5 ? "battery-m1" : "battery-m2", "[]");
        }
        insert(VIN, "BATTERY", 11, T0.plus(Duration.ofDays(9)), 0.72, 14, 9.1, "battery-m2", BATTERY_FEATURES);
        // brake pads: predicted once, long before any range asked for below; no remaining-life estimate
        insert(VIN, "BRAKE_PADS", 3, T0.minus(Duration.ofDays(100)), 0.08, 30, null, "brakes-m1", "[]");
        // tyres: the newest prediction of the vehicle, by another model
        insert(VIN, "TIRES", 5, T0.plus(Duration.ofDays(4)), 0.35, 14, 40.0, "tires-m2", "[]");
        insert(VIN, "TIRES", 6, T0.plus(Duration.ofDays(5)), 0.38, 14, 38.0, "tires-m2", "[]");
        insert(VIN, "TIRES", 12, T0.plus(Duration.ofDays(10)), 0.40, 14, 36.0, "tires-m3", "[]");
        // another vehicle in the same days must never show up
        insert(OTHER_VIN, "BATTERY", 1, T0.plus(Duration.ofDays(1)), 0.99, 14, 1.0, "battery-m2", "[]");
        insert(OTHER_VIN, "COOLING", 2, T0.plus(Duration.ofDays(12)), 0.5, 14, 5.0, "cooling-m1", "[]");

        jdbc.sql("""
                INSERT INTO failure_prediction (vin, component, seq, event_time, probability, horizon_days,
                                                expected_rul_days, model_version, top_features)
                SELECT :vin, c, s, CAST(:t0 AS timestamptz) - s * interval '1 hour', (s % 100) / 100.0, 14, 20, 'm1',
                       CAST('[{"feature": "f", "value": 1.0, "contribution": 0.5}]' AS jsonb)
                FROM unnest(CAST(ARRAY['BATTERY', 'BRAKE_PADS', 'TIRES', 'ENGINE_OIL', 'COOLING', 'IGNITION'] AS text[])) c,
                     generate_series(1, 1500) s""")
                .param("vin", BUSY_VIN).param("t0", T0.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("ANALYZE failure_prediction").update();
    }

    static ApiProperties properties() {
        ApiProperties.Predictions predictions = new ApiProperties.Predictions(Duration.ofDays(30), Duration.ofDays(366),
                200, 1000, ApiProperties.PredictionRisk.healthScoreDefaults());
        return new ApiProperties(null, null, null, predictions);
    }

    @Test
    void findsTheNewestPredictionOfEachComponentWhateverItsAge() {
        Map<Component, FailurePrediction> current = byComponent(repository.findCurrent(VIN));

        assertThat(current).containsOnlyKeys(Component.BATTERY, Component.BRAKE_PADS, Component.TIRES);
        FailurePrediction battery = current.get(Component.BATTERY);
        assertThat(battery.seq()).isEqualTo(11); // same event time as seq 10: the higher seq is newer
        assertThat(battery.vin()).isEqualTo(VIN);
        assertThat(battery.eventTime()).isEqualTo(T0.plus(Duration.ofDays(9)));
        assertThat(battery.probability()).isEqualTo(0.72);
        assertThat(battery.horizonDays()).isEqualTo(14);
        assertThat(battery.expectedRulDays()).isEqualTo(9.1);
        assertThat(battery.modelVersion()).isEqualTo("battery-m2");
        assertThat(battery.topFeatures()).containsExactly(
                new FeatureContribution("battery.cranking_v.min_1d", 9.91, 1.7),
                new FeatureContribution("ambient.temp_c.mean_7d", -6.2, 0.4));
        assertThat(current.get(Component.BRAKE_PADS).expectedRulDays()).isNull();
        assertThat(current.get(Component.BRAKE_PADS).topFeatures()).isEmpty();
        assertThat(current.get(Component.TIRES).seq()).isEqualTo(12);
        assertThat(repository.findCurrent(QUIET_VIN)).isEmpty();
    }

    @Test
    void returnsTheNewestTrendPointsOfTheHalfOpenRangeNewestFirst() {
        // [T0+2d, T0+9d) holds battery seq 3..9; seq 10 and 11 lie at exactly T0+9d
        TimeRange range = new TimeRange(T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(9)));

        Map<Component, List<PredictionPoint>> trends = repository.findTrends(VIN,
                List.of(Component.BATTERY, Component.BRAKE_PADS, Component.TIRES), range, 3);

        assertThat(trends.get(Component.BATTERY)).extracting(PredictionPoint::eventTime).containsExactly(
                T0.plus(Duration.ofDays(8)), T0.plus(Duration.ofDays(7)), T0.plus(Duration.ofDays(6)));
        assertThat(trends.get(Component.BATTERY).get(0).probability()).isEqualTo(0.2 + 0.05 * 9);
        assertThat(trends.get(Component.BATTERY).get(0).expectedRulDays()).isEqualTo(12.0);
        assertThat(trends.get(Component.BRAKE_PADS)).isEmpty();
        assertThat(trends.get(Component.TIRES)).extracting(PredictionPoint::probability).containsExactly(0.38, 0.35);
    }

    @Test
    void readsOnlyTheComponentsAskedFor() {
        TimeRange range = new TimeRange(T0, T0.plus(Duration.ofDays(30)));

        assertThat(repository.findTrends(VIN, List.of(Component.TIRES), range, 10)).containsOnlyKeys(Component.TIRES);
        assertThat(repository.findTrends(VIN, List.of(), range, 10)).isEmpty();
    }

    @Test
    void serviceListsLikeliestFirstWithTrendOldestFirstAndSaysWhenItWasCut() {
        TimeRange range = new TimeRange(T0, T0.plus(Duration.ofDays(30)));

        VehiclePredictions cut = service.forVehicle(VIN, range, 4).orElseThrow();
        VehiclePredictions whole = service.forVehicle(VIN, range, 11).orElseThrow();

        assertThat(cut.components()).extracting(ComponentPrediction::component)
                .containsExactly(Component.BATTERY, Component.TIRES, Component.BRAKE_PADS);
        assertThat(cut.modelVersion()).isEqualTo("tires-m3"); // the newest prediction's, not the likeliest's
        ComponentPrediction battery = cut.components().get(0);
        assertThat(battery.displayName()).isEqualTo("12 V battery");
        assertThat(battery.trend()).extracting(PredictionPoint::probability)
                .containsExactly(0.2 + 0.05 * 8, 0.2 + 0.05 * 9, 0.2 + 0.05 * 10, 0.72); // seq 8, 9, 10, 11
        assertThat(battery.trendTruncated()).isTrue();
        assertThat(battery.current().risk()).isEqualTo(FailureRisk.LIKELY);
        assertThat(battery.current().summary()).isEqualTo("72% chance of failure within 14 days, about 9 days left; "
                + "strongest sign: battery.cranking_v.min_1d = 9.91");
        assertThat(cut.components().get(1).current().risk()).isEqualTo(FailureRisk.WATCH);
        assertThat(cut.components().get(1).trend()).hasSize(3);
        assertThat(cut.components().get(1).trendTruncated()).isFalse();
        ComponentPrediction brakes = cut.components().get(2);
        assertThat(brakes.current().risk()).isEqualTo(FailureRisk.LOW);
        assertThat(brakes.trend()).isEmpty(); // its only prediction is older than the range, yet it is current
        assertThat(brakes.trendTruncated()).isFalse();
        assertThat(whole.components().get(0).trend()).hasSize(11);
        assertThat(whole.components().get(0).trendTruncated()).isFalse();
    }

    @Test
    void serviceAnswersKnownVehicleWithoutPredictionsWithNoComponentsAndUnknownWithNothing() {
        TimeRange range = new TimeRange(T0, T0.plus(Duration.ofDays(30)));

        VehiclePredictions quiet = service.forVehicle(QUIET_VIN, range, 200).orElseThrow();

        assertThat(quiet.components()).isEmpty();
        assertThat(quiet.modelVersion()).isNull();
        assertThat(quiet.from()).isEqualTo(T0);
        assertThat(service.forVehicle("VIN00000000000009", range, 200)).isEmpty();
    }

    @Test
    void bothQueriesWalkTheVinComponentTimeIndex() {
        List<String> components = Arrays.stream(Component.values()).map(Component::name).toList();

        String current = plan(jdbc.sql("EXPLAIN " + PredictionRepository.CURRENT_SQL)
                .param("components", components).param("vin", BUSY_VIN));
        String trend = plan(jdbc.sql("EXPLAIN " + PredictionRepository.TREND_SQL)
                .param("components", components).param("vin", BUSY_VIN)
                .param("from", T0.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
                .param("to", T0.atOffset(ZoneOffset.UTC)).param("limit", 201));

        assertThat(current).contains("Index Scan using failure_prediction_vin_time_idx").doesNotContain("Seq Scan");
        assertThat(trend).contains("Index Scan using failure_prediction_vin_time_idx").doesNotContain("Seq Scan");
    }

    @Test
    void cutsABusyVehiclesTrendAtTheLimitPerComponent() {
        TimeRange range = new TimeRange(T0.minus(Duration.ofDays(30)), T0);

        VehiclePredictions busy = service.forVehicle(BUSY_VIN, range, 200).orElseThrow();

        assertThat(busy.components()).hasSize(6).allSatisfy(c -> {
            assertThat(c.trend()).hasSize(200);
            assertThat(c.trendTruncated()).isTrue();
            assertThat(c.trend().get(199).eventTime()).isEqualTo(T0.minus(Duration.ofHours(1)));
            assertThat(c.trend().get(0).eventTime()).isBefore(c.trend().get(1).eventTime());
        });
    }

    private static String plan(JdbcClient.StatementSpec explain) {
        return String.join("\n", explain.query(String.class).list());
    }

    private static Map<Component, FailurePrediction> byComponent(List<FailurePrediction> predictions) {
        Map<Component, FailurePrediction> map = new java.util.EnumMap<>(Component.class);
        predictions.forEach(p -> map.put(p.component(), p));
        assertThat(map).hasSameSizeAs(predictions);
        return map;
    }

    private void insert(String vin, String component, long seq, Instant eventTime, double probability, int horizonDays,
            Double rulDays, String model, String features) {
        jdbc.sql("INSERT INTO failure_prediction (vin, component, seq, event_time, probability, horizon_days, "
                        + "expected_rul_days, model_version, top_features) "
                        + "VALUES (:vin, :component, :seq, :t, :p, :h, :rul, :model, CAST(:features AS jsonb))")
                .param("vin", vin).param("component", component).param("seq", seq)
                .param("t", eventTime.atOffset(ZoneOffset.UTC)).param("p", probability).param("h", horizonDays)
                .param("rul", rulDays, java.sql.Types.DOUBLE).param("model", model).param("features", features)
                .update();
    }
}
