package dev.pitwall.stream;

import dev.pitwall.core.topic.Topics;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production source of {@link VehicleDirective}s: {@code service-records.v1} and {@code marketing-consents.v1},
 * both written by the API's outbox. Offsets as for telemetry: committed offsets on a fresh start, else the earliest;
 * checkpoints hold the truth. A record that does not decode is counted, logged and dropped.
 */
public final class KafkaDirectiveSource {

    private KafkaDirectiveSource() {
    }

    @SuppressWarnings("deprecation") // OffsetResetStrategy is what connector 5.0's OffsetsInitializer still takes
    public static KafkaSource<VehicleDirective> create(PipelineSettings settings) {
        String groupId = settings.groupId() + "-directives";
        return KafkaSource.<VehicleDirective>builder()
                .setBootstrapServers(settings.kafkaBootstrap())
                .setTopics(Topics.SERVICE_RECORDS.name(), Topics.MARKETING_CONSENTS.name())
                .setGroupId(groupId)
                .setClientIdPrefix(groupId)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new Deserializer())
                .setProperty("commit.offsets.on.checkpoint", "true")
                .build();
    }

    public static DirectiveInput input(PipelineSettings settings) {
        return (env, watermarks) -> env.fromSource(create(settings), watermarks, "directives",
                TypeInformation.of(VehicleDirective.class)).uid(DirectiveInput.SOURCE_UID);
    }

    /** Decodes either topic's JSON into a directive. */
    static final class Deserializer implements KafkaRecordDeserializationSchema<VehicleDirective> {

        private static final long serialVersionUID = 1L;
        private static final Logger LOG = LoggerFactory.getLogger(Deserializer.class);

        private transient Counter undecodable;

        @Override
        public void open(DeserializationSchema.InitializationContext context) {
            undecodable = context.getMetricGroup().counter(PipelineMetrics.DIRECTIVES_UNDECODABLE);
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<VehicleDirective> out) {
            VehicleDirective directive;
            try {
                if (record.value() == null) {
                    throw new IllegalArgumentException("empty record value");
                }
                directive = decode(record.topic(), record.value());
            } catch (RuntimeException e) {
                if (undecodable != null) {
                    undecodable.inc();
                }
                LOG.warn("dropping undecodable directive at {}-{}@{}: {}", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                return;
            }
            out.collect(directive);
        }

        static VehicleDirective decode(String topic, byte[] value) {
            if (Topics.SERVICE_RECORDS.name().equals(topic)) {
                return VehicleDirective.of(Topics.SERVICE_RECORDS.valueFormat().decode(value));
            }
            if (Topics.MARKETING_CONSENTS.name().equals(topic)) {
                return VehicleDirective.of(Topics.MARKETING_CONSENTS.valueFormat().decode(value));
            }
            throw new IllegalArgumentException("not a directive topic: " + topic);
        }

        @Override
        public TypeInformation<VehicleDirective> getProducedType() {
            return TypeInformation.of(VehicleDirective.class);
        }
    }
}
