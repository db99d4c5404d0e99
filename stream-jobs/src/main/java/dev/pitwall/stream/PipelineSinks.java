package dev.pitwall.stream;

import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.topic.Topics;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the pipeline's eight outputs go. {@link #production} wires PostgreSQL and Kafka; tests pass in-memory
 * sinks or the real ones pointed at test databases and topics.
 *
 * @param telemetry     every deduplicated message (table telemetry)
 * @param vehicleState  each state that advanced, with its health (table vehicle_state)
 * @param healthHistory assessments the history policy recorded (table health_history)
 * @param healthEvents  the same recorded assessments, as events (topic vehicle-health.v1)
 * @param failurePredictions predictions the history policy kept (table failure_prediction)
 * @param predictionEvents   the same kept predictions, as events (topic predictions.v1)
 * @param vehicleAlarms      every alarm raise and clear (table vehicle_alarm)
 * @param alarmEvents        the same transitions, as events (topic vehicle-alarms.v1)
 */
public record PipelineSinks(
        Sink<Telemetry> telemetry,
        Sink<VehicleHealthUpdate> vehicleState,
        Sink<HealthAssessment> healthHistory,
        Sink<HealthAssessment> healthEvents,
        Sink<FailurePrediction> failurePredictions,
        Sink<FailurePrediction> predictionEvents,
        Sink<VehicleAlarm> vehicleAlarms,
        Sink<VehicleAlarm> alarmEvents) {

    public PipelineSinks {
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(vehicleState, "vehicleState");
        Objects.requireNonNull(healthHistory, "healthHistory");
        Objects.requireNonNull(healthEvents, "healthEvents");
        Objects.requireNonNull(failurePredictions, "failurePredictions");
        Objects.requireNonNull(predictionEvents, "predictionEvents");
        Objects.requireNonNull(vehicleAlarms, "vehicleAlarms");
        Objects.requireNonNull(alarmEvents, "alarmEvents");
    }

    public static PipelineSinks production(PipelineSettings settings) {
        return new PipelineSinks(
                PostgresSinks.telemetry(settings),
                PostgresSinks.vehicleState(settings),
                PostgresSinks.healthHistory(settings),
                KafkaEventSink.create(settings.kafkaBootstrap(), Topics.VEHICLE_HEALTH, Topics.VEHICLE_HEALTH.name(),
                        HealthAssessment::vin),
                PostgresSinks.failurePredictions(settings),
                KafkaEventSink.create(settings.kafkaBootstrap(), Topics.FAILURE_PREDICTIONS,
                        Topics.FAILURE_PREDICTIONS.name(), FailurePrediction::vin),
                PostgresSinks.vehicleAlarms(settings),
                KafkaEventSink.create(settings.kafkaBootstrap(), Topics.VEHICLE_ALARMS, Topics.VEHICLE_ALARMS.name(),
                        VehicleAlarm::vin));
    }
}
