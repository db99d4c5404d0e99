package dev.pitwall.stream;

import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.topic.Topics;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Recorded health assessments onto {@code vehicle-health.v1}: key VIN, value {@code HealthAssessmentFormat}
 * JSON. At least once: pending records are flushed on every checkpoint, and a restart may send an assessment
 * again, so consumers treat {@code (vin, seq)} as the identity of an assessment.
 */
public final class HealthEventsSink {

    private HealthEventsSink() {
    }

    public static KafkaSink<HealthAssessment> create(PipelineSettings settings) {
        return create(settings.kafkaBootstrap(), Topics.VEHICLE_HEALTH.name());
    }

    public static KafkaSink<HealthAssessment> create(String bootstrapServers, String topic) {
        return KafkaSink.<HealthAssessment>builder()
                .setBootstrapServers(bootstrapServers)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(new AssessmentSerializer(topic))
                .setProperty("acks", "all")
                .setProperty("enable.idempotence", "true")
                .setProperty("linger.ms", "20")
                .build();
    }

    /** Encodes with core's topic registry; the formats are looked up, not captured, so nothing needs shipping. */
    static final class AssessmentSerializer implements KafkaRecordSerializationSchema<HealthAssessment> {

        private static final long serialVersionUID = 1L;
        private final String topic;

        AssessmentSerializer(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(HealthAssessment assessment, KafkaSinkContext context,
                Long timestamp) {
            // no record timestamp: the producer stamps the send time. The event time is in the value; as the
            // record timestamp it would let time-based retention delete the events of a replay or a late
            // vehicle the moment they are written.
            return new ProducerRecord<>(topic, Topics.VEHICLE_HEALTH.keyFormat().encode(assessment.vin()),
                    Topics.VEHICLE_HEALTH.valueFormat().encode(assessment));
        }
    }
}
