package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelemetryBridgeTest {

    private static final String VIN = "WVWZZZ1JZXW000001";

    private final FakeSender sender = new FakeSender();
    private final RecordingAcknowledger acks = new RecordingAcknowledger();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IngestMetrics metrics = new IngestMetrics(registry);
    private final TelemetryBridge bridge = new TelemetryBridge(
            new PayloadTriage(TelemetryFixtures.CODEC), sender, acks, metrics, 2, 100);

    @AfterEach
    void stop() {
        sender.sent.forEach(s -> s.result.complete(null));
        bridge.drain(Duration.ofSeconds(5));
    }

    @Test
    void acknowledgesOnlyAfterTheSenderStoredTheRecord() {
        InboundMessage message = message(1, TelemetryFixtures.valid(VIN, 1));

        bridge.submit(message);
        await(() -> sender.sent.size() == 1);

        assertThat(acks.acknowledged).isEmpty();
        assertThat(metrics.snapshot().inflight()).isEqualTo(1);

        sender.sent.get(0).result.complete(null);
        await(() -> metrics.snapshot().inflight() == 0); // the lane may attach its callback after we complete

        assertThat(acks.acknowledged).containsExactly(message);
        assertThat(metrics.snapshot()).extracting(IngestMetrics.Snapshot::received, IngestMetrics.Snapshot::forwarded,
                IngestMetrics.Snapshot::inflight).containsExactly(1L, 1L, 0L);
    }

    @Test
    void withholdsTheMessageWhenTheSenderFails() {
        InboundMessage message = message(1, TelemetryFixtures.valid(VIN, 1));

        bridge.submit(message);
        await(() -> sender.sent.size() == 1);
        sender.sent.get(0).result.completeExceptionally(new RuntimeException("broker down"));
        await(() -> metrics.snapshot().inflight() == 0);

        assertThat(acks.acknowledged).isEmpty();
        assertThat(acks.withheld).containsExactly(message);
        assertThat(metrics.snapshot().failed()).isEqualTo(1);
        assertThat(metrics.snapshot().inflight()).isZero();
    }

    @Test
    void sendsInvalidPayloadToTheDeadLetterRouteAndCountsTheField() {
        InboundMessage message = message(1, "{oops".getBytes(StandardCharsets.UTF_8));

        bridge.submit(message);
        await(() -> sender.sent.size() == 1);
        Sent sent = sender.sent.get(0);
        sent.result.complete(null);
        await(() -> metrics.snapshot().inflight() == 0);

        assertThat(sent.route).isInstanceOf(Route.DeadLetter.class);
        assertThat(sent.sourceTopic).isEqualTo(message.topic());
        assertThat(acks.acknowledged).containsExactly(message);
        assertThat(metrics.snapshot().rejected()).isEqualTo(1);
        assertThat(registry.get(IngestMetrics.REJECTED).tag("field", "$").counter().count()).isEqualTo(1.0);
    }

    @Test
    void keepsEachVehiclesOrder() {
        List<InboundMessage> messages = new ArrayList<>();
        for (int seq = 0; seq < 200; seq++) {
            messages.add(message(seq + 1, TelemetryFixtures.valid(VIN, seq)));
        }

        messages.forEach(bridge::submit);
        await(() -> sender.sent.size() == 200);

        assertThat(sender.sent).extracting(s -> s.route.payload())
                .containsExactlyElementsOf(messages.stream().map(InboundMessage::payload).toList());
    }

    @Test
    void survivesASenderThatThrows() {
        sender.throwNext = true;
        InboundMessage first = message(1, TelemetryFixtures.valid(VIN, 1));
        InboundMessage second = message(2, TelemetryFixtures.valid(VIN, 2));

        bridge.submit(first);
        bridge.submit(second);
        await(() -> sender.sent.size() == 1);
        sender.sent.get(0).result.complete(null);
        await(() -> metrics.snapshot().inflight() == 0);

        assertThat(acks.withheld).containsExactly(first);
        assertThat(acks.acknowledged).containsExactly(second);
    }

    @Test
    void drainWaitsForOutstandingRecords() {
        bridge.submit(message(1, TelemetryFixtures.valid(VIN, 1)));
        await(() -> sender.sent.size() == 1);
        sender.onFlush = () -> sender.sent.forEach(s -> s.result.complete(null));

        assertThat(bridge.drain(Duration.ofSeconds(5))).isTrue();
        assertThat(acks.acknowledged).hasSize(1);
    }

    private static InboundMessage message(int packetId, byte[] payload) {
        return new InboundMessage(packetId, 1, MqttTelemetryTopic.forVin(VIN), payload, Instant.now(), System.nanoTime());
    }

    /** Polls a condition with a deadline; the bridge works on its own threads. */
    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    record Sent(Route route, String sourceTopic, CompletableFuture<Void> result) {
    }

    static final class FakeSender implements TelemetrySender {
        final List<Sent> sent = new CopyOnWriteArrayList<>();
        volatile boolean throwNext;
        volatile Runnable onFlush = () -> { };

        @Override
        public CompletionStage<Void> sendValid(Route.Forward forward) {
            return record(forward, null);
        }

        @Override
        public CompletionStage<Void> sendRejected(Route.DeadLetter letter, String sourceTopic, Instant receivedAt) {
            return record(letter, sourceTopic);
        }

        private CompletionStage<Void> record(Route route, String sourceTopic) {
            if (throwNext) {
                throwNext = false;
                throw new IllegalStateException("producer closed");
            }
            var result = new CompletableFuture<Void>();
            sent.add(new Sent(route, sourceTopic, result));
            return result;
        }

        @Override
        public void flush() {
            onFlush.run();
        }

        @Override
        public void close() {
        }
    }

    static final class RecordingAcknowledger implements Acknowledger {
        final List<InboundMessage> acknowledged = new CopyOnWriteArrayList<>();
        final List<InboundMessage> withheld = new CopyOnWriteArrayList<>();

        @Override
        public void acknowledge(InboundMessage message) {
            acknowledged.add(message);
        }

        @Override
        public void withhold(InboundMessage message, Throwable cause) {
            withheld.add(message);
        }
    }
}
