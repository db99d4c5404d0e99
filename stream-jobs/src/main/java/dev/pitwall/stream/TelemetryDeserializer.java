package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.topic.Topics;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes {@code telemetry.v1} records with core's codec. Ingest validated every payload before producing it,
 * so a record that does not decode is a bug or a foreign producer: it is counted, logged with its position and
 * dropped, never allowed to stop the job (a poison record would otherwise fail it on every restart).
 */
public final class TelemetryDeserializer implements KafkaRecordDeserializationSchema<Telemetry> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TelemetryDeserializer.class);

    private transient Counter decoded;
    private transient Counter undecodable;

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        decoded = context.getMetricGroup().counter(PipelineMetrics.TELEMETRY_DECODED);
        undecodable = context.getMetricGroup().counter(PipelineMetrics.TELEMETRY_UNDECODABLE);
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Telemetry> out) {
        Telemetry telemetry;
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("empty record value");
            }
            telemetry = Topics.TELEMETRY.valueFormat().decode(record.value());
        } catch (RuntimeException e) {
            if (undecodable != null) {
                undecodable.inc();
            }
            LOG.warn("dropping undecodable telemetry at {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                    record.offset(), record.key() == null ? "none" : Topics.VIN_KEY.decode(record.key()),
                    e.getMessage());
            return;
        }
        if (decoded != null) {
            decoded.inc();
        }
        out.collect(telemetry);
    }

    @Override
    public TypeInformation<Telemetry> getProducedType() {
        return TypeInformation.of(Telemetry.class);
    }
}
