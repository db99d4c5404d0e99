package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class TelemetryDeserializerTest {

    private final TelemetryDeserializer deserializer = new TelemetryDeserializer();
    private final List<Telemetry> out = new ArrayList<>();
    private final Collector<Telemetry> collector = new Collector<>() {
        @Override
        public void collect(Telemetry record) {
            out.add(record);
        }

        @Override
        public void close() {
        }
    };

    private static ConsumerRecord<byte[], byte[]> record(byte[] value) {
        return new ConsumerRecord<>("telemetry.v1", 0, 42, TelemetryFixtures.vin(1).getBytes(StandardCharsets.US_ASCII),
                value);
    }

    @Test
    void decodesWhatTheCodecEncodes() {
        Telemetry t = TelemetryFixtures.message(TelemetryFixtures.vin(1), 3,
                VehicleSignals.builder().speedKmh(88.0).dtcs(List.of("P0300")).build());

        deserializer.deserialize(record(new TelemetryCodec().encode(t)), collector);

        assertThat(out).containsExactly(t);
    }

    @Test
    void dropsAnUndecodableRecordInsteadOfFailing() {
        deserializer.deserialize(record("{\"v\":1,\"vin\":\"nope\"}".getBytes(StandardCharsets.UTF_8)), collector);
        deserializer.deserialize(record("not json".getBytes(StandardCharsets.UTF_8)), collector);
        deserializer.deserialize(record(null), collector);

        assertThat(out).isEmpty();
    }
}
