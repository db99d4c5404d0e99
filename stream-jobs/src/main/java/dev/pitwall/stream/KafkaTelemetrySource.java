package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.topic.Topics;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The production telemetry source: FLIP-27 {@link KafkaSource} on {@code telemetry.v1}. On a start without
 * checkpoint or savepoint it resumes from the group's committed offsets, else from the earliest offset;
 * after a failure Flink restores the offsets from the checkpoint instead.
 */
public final class KafkaTelemetrySource {

    private KafkaTelemetrySource() {
    }

    /** The unbounded production source. */
    public static KafkaSource<Telemetry> create(PipelineSettings settings) {
        return builder(settings.kafkaBootstrap(), Topics.TELEMETRY.name(), settings.groupId()).build();
    }

    /**
     * A builder with topic, group, deserializer and starting offsets set; tests and tools bound it
     * ({@code setBounded}) or point it at another topic.
     */
    @SuppressWarnings("deprecation") // OffsetResetStrategy is what connector 5.0's OffsetsInitializer still takes
    public static KafkaSourceBuilder<Telemetry> builder(String bootstrapServers, String topic, String groupId) {
        return KafkaSource.<Telemetry>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId)
                .setClientIdPrefix(groupId)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new TelemetryDeserializer())
                // offsets in Kafka are for lag monitoring and fresh starts; checkpoints hold the truth
                .setProperty("commit.offsets.on.checkpoint", "true");
    }

    /** {@link #create} as a pipeline input, named after the topic. */
    public static TelemetryInput input(PipelineSettings settings) {
        return TelemetryInput.fromSource(create(settings), Topics.TELEMETRY.name());
    }
}
