package dev.pitwall.stream;

import dev.pitwall.core.topic.Topic;
import dev.pitwall.core.topic.Topics;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The job's derived events onto their Kafka topics (health assessments, failure predictions, alarms): key VIN, value
 * the topic's registered format. At least once: pending records are flushed on every checkpoint, and a restart
 * may send an event again, so consumers treat the event's own key ({@code (vin, seq)}, plus the component for
 * predictions; {@code (vin, type, subject, since, state)} for alarms) as its identity.
 */
public final class KafkaEventSink {

    private KafkaEventSink() {
    }

    /**
     * @param registered the topic in core's registry, which supplies the formats
     * @param topicName  where to write: normally {@code registered.name()}, tests use a private topic
     * @param vin        the record's VIN, the Kafka key (one vehicle's events stay in order on one partition)
     */
    public static <T> KafkaSink<T> create(String bootstrapServers, Topic<String, T> registered, String topicName,
            SerializableFunction<T, String> vin) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(bootstrapServers)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(new EventSerializer<>(registered.name(), topicName, vin))
                .setProperty("acks", "all")
                .setProperty("enable.idempotence", "true")
                .setProperty("linger.ms", "20")
                .build();
    }

    /** Looks the formats up in core's registry by name rather than capturing them, so nothing needs shipping. */
    static final class EventSerializer<T> implements KafkaRecordSerializationSchema<T> {

        private static final long serialVersionUID = 1L;
        private final String registeredName;
        private final String topicName;
        private final SerializableFunction<T, String> vin;

        EventSerializer(String registeredName, String topicName, SerializableFunction<T, String> vin) {
            this.registeredName = registeredName;
            this.topicName = topicName;
            this.vin = vin;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(T event, KafkaSinkContext context, Long timestamp) {
            @SuppressWarnings("unchecked")
            Topic<String, T> topic = (Topic<String, T>) Topics.byName(registeredName);
            // no record timestamp: the producer stamps the send time. The event time is in the value; as the
            // record timestamp it would let time-based retention delete the events of a replay or a late
            // vehicle the moment they are written.
            return new ProducerRecord<>(topicName, topic.keyFormat().encode(vin.apply(event)),
                    topic.valueFormat().encode(event));
        }
    }
}
