package dev.pitwall.stream;

import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.lead.ServiceLead;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.offer.Offer;
import dev.pitwall.core.profile.DrivingProfile;
import dev.pitwall.core.telemetry.Telemetry;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The telemetry pipeline: telemetry in, deduplicated on {@code (vin, seq)}, folded into each vehicle's state,
 * scored, predicted, watched for alarms, and written to PostgreSQL (telemetry, vehicle_state, health_history,
 * failure_prediction, vehicle_alarm) and Kafka (vehicle-health.v1, predictions.v1, vehicle-alarms.v1).
 * Input and sinks come in through the constructor; {@link #production} wires Kafka and PostgreSQL.
 *
 * <pre>
 * input ─▶ keyBy(vin) ─▶ dedup ─┬─▶ telemetry sink
 *                               ├─▶ driving profiles ─┬─▶ vehicle_profile sink
 *                               │                     └─(daily)─▶ vehicle_daily_usage sink
 *                               ├─▶ vehicle alarms ─┬─▶ vehicle_alarm sink
 *                               │                   └─▶ vehicle-alarms.v1 sink
 *                               └─▶ failure prediction ─┬─(kept)─▶ failure_prediction, predictions.v1 sinks
 *                                                       ├─▶ vehicle health ─┬─▶ vehicle_state sink
 *                                                       │                   └─(recorded)─┬─▶ health_history sink
 *                                                       │                                └─▶ vehicle-health.v1 sink
 *                                                       └─▶ leads and offers ─┬─▶ service_lead, service-leads.v1 sinks
 * directives (service records, ─▶ keyBy(vin) ───────────────────┘              └─(offers)─▶ offer, offers.v1 sinks
 *             consents)
 * </pre>
 *
 * Everything after {@code keyBy} is chained in one task per subtask: the later keyed operators reuse the
 * partitioning of the first ({@link DataStreamUtils#reinterpretAsKeyedStream}) instead of shuffling again. The one
 * exception is "leads and offers": it has a second input, and Flink chains only one-input operators, so messages
 * reach it over a local (same-subtask, forward) channel.
 */
public final class TelemetryPipelineJob {

    public static final String JOB_NAME = "pitwall-telemetry-pipeline";

    private static final KeySelector<Telemetry, String> BY_VIN = Telemetry::vin;
    private static final KeySelector<PredictedTelemetry, String> BY_PREDICTED_VIN = m -> m.telemetry().vin();

    private static final KeySelector<VehicleDirective, String> BY_DIRECTIVE_VIN = VehicleDirective::vin;

    private final TelemetryInput input;
    private final DirectiveInput directives;
    private final PipelineSinks sinks;
    private final PipelineSettings settings;

    public TelemetryPipelineJob(TelemetryInput input, DirectiveInput directives, PipelineSinks sinks,
            PipelineSettings settings) {
        this.input = input;
        this.directives = directives;
        this.sinks = sinks;
        this.settings = settings;
    }

    /** A pipeline without directives: no service records or consents reach it (tests of the telemetry path). */
    public TelemetryPipelineJob(TelemetryInput input, PipelineSinks sinks, PipelineSettings settings) {
        this(input, DirectiveInput.none(), sinks, settings);
    }

    /**
     * The production wiring: {@code telemetry.v1}, {@code service-records.v1} and {@code marketing-consents.v1} from
     * Kafka; PostgreSQL and the event topics out.
     */
    public static TelemetryPipelineJob production(PipelineSettings settings) {
        return new TelemetryPipelineJob(KafkaTelemetrySource.input(settings), KafkaDirectiveSource.input(settings),
                PipelineSinks.production(settings), settings);
    }

    /**
     * Event time is the message's {@code ts}; watermarks tolerate {@code max-out-of-orderness} and ignore a
     * partition idle for {@code idleness}. Only the alarms wait on watermarks (a vehicle is offline once event time
     * passes its deadline); every other result keeps the newest message by event time, whenever it arrives.
     */
    public WatermarkStrategy<Telemetry> watermarks() {
        return WatermarkStrategy.<Telemetry>forBoundedOutOfOrderness(settings.maxOutOfOrderness())
                .withTimestampAssigner((telemetry, previous) -> telemetry.eventTime().toEpochMilli())
                .withIdleness(settings.idleness());
    }

    /**
     * Directives carry the time they took effect; they are rare, so their input is idle most of the time and must
     * not hold back the watermark of the operator they meet the telemetry in.
     */
    public WatermarkStrategy<VehicleDirective> directiveWatermarks() {
        return WatermarkStrategy.<VehicleDirective>forBoundedOutOfOrderness(settings.maxOutOfOrderness())
                .withTimestampAssigner((directive, previous) -> directive.eventTime().toEpochMilli())
                .withIdleness(settings.idleness());
    }

    /** Adds the pipeline to {@code env}; run it with {@code env.execute(JOB_NAME)}. */
    public void build(StreamExecutionEnvironment env) {
        DataStream<Telemetry> telemetry = input.open(env, watermarks());

        SingleOutputStreamOperator<Telemetry> unique = telemetry
                .keyBy(BY_VIN, Types.STRING)
                .process(new TelemetryDeduplicator(settings.dedupWindow(), settings.dedupTtl()), TypeInformation.of(Telemetry.class))
                .uid(TelemetryDeduplicator.UID)
                .name("dedup (vin, seq)");

        SingleOutputStreamOperator<PredictedTelemetry> predicted = DataStreamUtils
                .reinterpretAsKeyedStream(unique, BY_VIN, Types.STRING)
                .process(new FailurePredictionOperator(settings.model(), settings.modelCheckInterval(),
                        settings.predictionInterval()), TypeInformation.of(PredictedTelemetry.class))
                .uid(FailurePredictionOperator.UID)
                .name("failure prediction");
        DataStream<FailurePrediction> keptPredictions =
                predicted.getSideOutput(FailurePredictionOperator.RECORDED_PREDICTIONS);

        SingleOutputStreamOperator<VehicleHealthUpdate> health = DataStreamUtils
                .reinterpretAsKeyedStream(predicted, BY_PREDICTED_VIN, Types.STRING)
                .process(new VehicleHealthTracker(), TypeInformation.of(VehicleHealthUpdate.class))
                .uid(VehicleHealthTracker.UID)
                .name("vehicle state and health");

        DataStream<HealthAssessment> recorded = health.getSideOutput(VehicleHealthTracker.RECORDED_ASSESSMENTS);

        SingleOutputStreamOperator<VehicleAlarm> alarms = DataStreamUtils
                .reinterpretAsKeyedStream(unique, BY_VIN, Types.STRING)
                .process(new VehicleAlarmOperator(settings.alarmRules()), TypeInformation.of(VehicleAlarm.class))
                .uid(VehicleAlarmOperator.UID)
                .name("vehicle alarms");

        SingleOutputStreamOperator<ServiceLead> leads = DataStreamUtils
                .reinterpretAsKeyedStream(predicted, BY_PREDICTED_VIN, Types.STRING)
                .connect(directives.open(env, directiveWatermarks()).keyBy(BY_DIRECTIVE_VIN, Types.STRING))
                .process(new LeadAndOfferOperator(settings.leadRules(), settings.offerRules(), settings.poiFile()),
                        TypeInformation.of(ServiceLead.class))
                .uid(LeadAndOfferOperator.UID)
                .name("leads and offers");

        SingleOutputStreamOperator<DrivingProfile> profiles = DataStreamUtils
                .reinterpretAsKeyedStream(unique, BY_VIN, Types.STRING)
                .process(new DrivingProfileOperator(settings.drivingProfileRules()), DrivingProfileOperator.PROFILE_TYPE)
                .uid(DrivingProfileOperator.UID)
                .name("driving profiles");

        unique.sinkTo(sinks.telemetry()).uid("telemetry-sink").name("telemetry table");
        health.sinkTo(sinks.vehicleState()).uid("vehicle-state-sink").name("vehicle_state table");
        recorded.sinkTo(sinks.healthHistory()).uid("health-history-sink").name("health_history table");
        recorded.sinkTo(sinks.healthEvents()).uid("health-events-sink").name("vehicle-health topic");
        keptPredictions.sinkTo(sinks.failurePredictions()).uid("failure-prediction-sink").name("failure_prediction table");
        keptPredictions.sinkTo(sinks.predictionEvents()).uid("prediction-events-sink").name("predictions topic");
        alarms.sinkTo(sinks.vehicleAlarms()).uid("vehicle-alarm-sink").name("vehicle_alarm table");
        alarms.sinkTo(sinks.alarmEvents()).uid("alarm-events-sink").name("vehicle-alarms topic");
        leads.sinkTo(sinks.serviceLeads()).uid("service-lead-sink").name("service_lead table");
        leads.sinkTo(sinks.leadEvents()).uid("lead-events-sink").name("service-leads topic");
        DataStream<Offer> offers = leads.getSideOutput(LeadAndOfferOperator.OFFERS);
        offers.sinkTo(sinks.offers()).uid("offer-sink").name("offer table");
        offers.sinkTo(sinks.offerEvents()).uid("offer-events-sink").name("offers topic");
        profiles.sinkTo(sinks.vehicleProfiles()).uid("vehicle-profile-sink").name("vehicle_profile table");
        profiles.getSideOutput(DrivingProfileOperator.DAILY_USAGE)
                .sinkTo(sinks.dailyUsage()).uid("daily-usage-sink").name("vehicle_daily_usage table");
    }
}
