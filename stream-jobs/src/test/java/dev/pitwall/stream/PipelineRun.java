package dev.pitwall.stream;

import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.lead.ServiceLead;
import dev.pitwall.core.offer.Offer;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the production pipeline (Kafka source, PostgreSQL and Kafka sinks) on the MiniCluster of the calling
 * test, at parallelism 2, reading a bounded range of a test topic with a fresh consumer group. At the end of a
 * bounded input event time runs out, so every vehicle's pending alarms are raised (all of them go offline).
 */
final class PipelineRun {

    static final int PARALLELISM = 2;

    private final String telemetryTopic;
    private final String healthTopic;
    private String alarmTopic = TestKafka.uniqueTopic(Topics.VEHICLE_ALARMS.name());
    private final String leadTopic = TestKafka.uniqueTopic(Topics.SERVICE_LEADS.name());
    private final String offerTopic = TestKafka.uniqueTopic(Topics.OFFERS.name());
    private final List<String> args = new ArrayList<>();
    private OffsetsInitializer stoppingOffsets = OffsetsInitializer.latest();
    private UnaryOperator<DataStream<Telemetry>> beforeKeyBy = UnaryOperator.identity();
    private final Configuration overrides = new Configuration();
    private PipelineSinks sinks;

    PipelineRun(String telemetryTopic, String healthTopic, String jdbcUrl) {
        this.telemetryTopic = telemetryTopic;
        this.healthTopic = healthTopic;
        args.addAll(List.of("--kafka-bootstrap", TestKafka.bootstrap(), "--jdbc-url", jdbcUrl,
                "--group-id", "pitwall-stream-jobs-test-" + UUID.randomUUID(), "--parallelism", "2"));
    }

    PipelineRun with(String flag, String value) {
        args.add(flag);
        args.add(value);
        return this;
    }

    PipelineRun stopAt(Map<org.apache.kafka.common.TopicPartition, Long> offsets) {
        stoppingOffsets = OffsetsInitializer.offsets(offsets);
        return this;
    }

    /** A stage between the source and keyBy, e.g. a failure injector. */
    PipelineRun beforeKeyBy(UnaryOperator<DataStream<Telemetry>> stage) {
        beforeKeyBy = stage;
        return this;
    }

    /** Where the alarm events go (default: a topic of this run's own, created on start). */
    PipelineRun alarmTopic(String topic) {
        alarmTopic = topic;
        return this;
    }

    /** Other sinks than the real PostgreSQL and Kafka ones. */
    PipelineRun sinks(PipelineSinks replacement) {
        sinks = replacement;
        return this;
    }

    PipelineRun configure(Configuration conf) {
        overrides.addAll(conf);
        return this;
    }

    JobClient start() throws Exception {
        PipelineSettings settings = PipelineSettings.fromArgs(args.toArray(String[]::new));
        if (sinks == null) {
            TestKafka.createTopics(alarmTopic, leadTopic, offerTopic); // the broker creates no topics by itself
        }
        var source = KafkaTelemetrySource.builder(settings.kafkaBootstrap(), telemetryTopic, settings.groupId())
                .setBounded(stoppingOffsets)
                .build();
        TelemetryInput input = (env, watermarks) -> beforeKeyBy.apply(
                env.fromSource(source, watermarks, telemetryTopic, TypeInformation.of(Telemetry.class))
                        .uid(TelemetryInput.SOURCE_UID));
        PipelineSinks sinks = this.sinks != null ? this.sinks : PipelineSinks.builder()
                .telemetry(PostgresSinks.telemetry(settings))
                .vehicleState(PostgresSinks.vehicleState(settings))
                .healthHistory(PostgresSinks.healthHistory(settings))
                .healthEvents(KafkaEventSink.create(settings.kafkaBootstrap(), Topics.VEHICLE_HEALTH, healthTopic,
                        HealthAssessment::vin))
                .failurePredictions(PostgresSinks.failurePredictions(settings))
                .predictionEvents(KafkaEventSink.create(settings.kafkaBootstrap(), Topics.FAILURE_PREDICTIONS,
                        Topics.FAILURE_PREDICTIONS.name(), FailurePrediction::vin))
                .vehicleAlarms(PostgresSinks.vehicleAlarms(settings))
                .alarmEvents(KafkaEventSink.create(settings.kafkaBootstrap(), Topics.VEHICLE_ALARMS, alarmTopic,
                        VehicleAlarm::vin))
                .serviceLeads(PostgresSinks.serviceLeads(settings))
                .leadEvents(KafkaEventSink.create(settings.kafkaBootstrap(), Topics.SERVICE_LEADS, leadTopic,
                        ServiceLead::vin))
                .vehicleProfiles(DrivingProfileSinks.vehicleProfiles(settings))
                .dailyUsage(DrivingProfileSinks.dailyUsage(settings))
                .offers(OfferSinks.offers(settings))
                .offerEvents(KafkaEventSink.create(settings.kafkaBootstrap(), Topics.OFFERS, offerTopic, Offer::vin))
                .build();
        Configuration conf = settings.flinkConfiguration();
        conf.addAll(overrides);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(PARALLELISM);
        new TelemetryPipelineJob(input, sinks, settings).build(env);
        return env.executeAsync(TelemetryPipelineJob.JOB_NAME);
    }

    JobExecutionResult runToCompletion() throws Exception {
        return awaitCompletion(start());
    }

    static JobExecutionResult awaitCompletion(JobClient client) throws Exception {
        return client.getJobExecutionResult().get(5, TimeUnit.MINUTES);
    }

    /**
     * The sum of a counter over all subtasks of the job (metrics retained after the job ended). Only for runs
     * without restarts: the attempts of a restarted task share metric identifiers.
     */
    static long counter(InMemoryReporter reporter, JobClient client, String name) {
        long sum = 0;
        for (Metric metric : reporter.findMetrics(client.getJobID(), "\\." + name + "$").values()) {
            sum += ((Counter) metric).getCount();
        }
        return sum;
    }

    static long restarts(InMemoryReporter reporter, JobClient client) {
        return reporter.findMetrics(client.getJobID(), "\\.numRestarts$").values().stream()
                .mapToLong(m -> ((Number) ((Gauge<?>) m).getValue()).longValue()).max().orElse(0);
    }
}
