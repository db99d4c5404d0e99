package dev.pitwall.ingest;

import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Random VINs for one test and their messages, published round-robin so each vehicle's seq increases. */
final class Fleet {

    final List<String> vins;
    private final long[] nextSeq;

    Fleet(int vehicles) {
        vins = TelemetryFixtures.randomVins(vehicles);
        nextSeq = new long[vehicles];
    }

    Set<String> vinSet() {
        return Set.copyOf(vins);
    }

    /** {@code count} valid messages spread over the fleet. */
    List<TestPublisher.Message> valid(int count) {
        List<TestPublisher.Message> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int v = i % vins.size();
            String vin = vins.get(v);
            messages.add(new TestPublisher.Message(MqttTelemetryTopic.forVin(vin), TelemetryFixtures.valid(vin, nextSeq[v]++)));
        }
        return messages;
    }
}
