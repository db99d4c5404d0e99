package dev.pitwall.api.repurchase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes what the repurchase recommendation reads, as its writers do: the stream job's vehicle_state,
 * health_history, failure_prediction and vehicle_profile rows, and the subscription records.
 */
final class VehicleRows {

    private final JdbcClient jdbc;

    VehicleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void state(String vin, long seq, Instant at, Double odometerKm, Double latitude, Double longitude, int health) {
        String band = health >= 80 ? "GOOD" : health >= 60 ? "FAIR" : health >= 40 ? "POOR" : "CRITICAL";
        jdbc.sql("""
                INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, latitude, longitude,
                    health_score, health_band)
                VALUES (:vin, :seq, :at, :odometer, :lat, :lon, :health, :band)""")
                .param("vin", vin).param("seq", seq).param("at", at.atOffset(ZoneOffset.UTC))
                .param("odometer", odometerKm).param("lat", latitude).param("lon", longitude)
                .param("health", health).param("band", band).update();
    }

    void health(String vin, long seq, Instant at, int score) {
        jdbc.sql("""
                INSERT INTO health_history (vin, seq, event_time, score, band, reasons)
                VALUES (:vin, :seq, :at, :score, 'FAIR', '[]')""")
                .param("vin", vin).param("seq", seq).param("at", at.atOffset(ZoneOffset.UTC)).param("score", score)
                .update();
    }

    void prediction(String vin, String component, long seq, Instant at, double probability) {
        jdbc.sql("""
                INSERT INTO failure_prediction (vin, component, seq, event_time, probability, horizon_days,
                    expected_rul_days, model_version, top_features)
                VALUES (:vin, :component, :seq, :at, :p, 30, 12.5, 'test-model', '[]')""")
                .param("vin", vin).param("component", component).param("seq", seq)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("p", probability).update();
    }

    void profile(String vin, Instant asOf, double kmPerDay, Integer overallScore, String attributes) {
        jdbc.sql("""
                INSERT INTO vehicle_profile (vin, as_of, as_of_seq, window_from, window_to, overall_score,
                    smoothness_score, speed_discipline_score, night_driving_pct, attributes, details)
                VALUES (:vin, :asOf, 1, :from, :to, :score, :score, :score, 5, CAST(:attributes AS text[]),
                    CAST(:details AS jsonb))""")
                .param("vin", vin).param("asOf", asOf.atOffset(ZoneOffset.UTC))
                .param("from", LocalDate.ofInstant(asOf, ZoneOffset.UTC).minusDays(29))
                .param("to", LocalDate.ofInstant(asOf, ZoneOffset.UTC))
                .param("score", overallScore).param("attributes", attributes)
                .param("details", "{\"observedDays\": 30, \"activeDays\": 22, \"km\": " + kmPerDay * 30
                        + ", \"kmPerDay\": " + kmPerDay + ", \"drivingMinutes\": 900, \"trips\": 60, \"harshBrakings\": 0,"
                        + " \"harshAccelerations\": 0, \"nightKm\": 10, \"fuelUsedLitres\": 50, \"refuelCount\": 1,"
                        + " \"refuelledLitres\": 40, \"commuteDays\": 12}")
                .update();
    }

    void subscription(String subscriber, String vin, String plan, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("""
                INSERT INTO subscriber (subscriber_id, display_name, email) VALUES (:id, :id, :email)
                ON CONFLICT DO NOTHING""")
                .param("id", subscriber).param("email", subscriber + "@example.com").update();
        jdbc.sql("""
                INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status)
                VALUES (:id, :subscriber, :vin, :plan, :starts, :ends, 'ACTIVE')""")
                .param("id", UUID.randomUUID()).param("subscriber", subscriber).param("vin", vin).param("plan", plan)
                .param("starts", startsOn).param("ends", endsOn).update();
    }
}
