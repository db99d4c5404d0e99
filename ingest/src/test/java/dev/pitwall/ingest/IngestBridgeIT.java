package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import dev.pitwall.core.topic.DeadLetterHeaders;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.ingest.TelemetryFixtures.Malformed;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** MQTT → ingest → Kafka with real components: embedded Kafka and HiveMQ (or the machine's Mosquitto). */
class IngestBridgeIT extends IngestItBase {

    @Test
    void forwardsValidPayloadsKeyedByVinAndDeadLettersMalformedOnes() throws Exception {
        String group = randomGroup();
        String clientId = randomClientId();
        var fleet = new Fleet(250);
        List<TestPublisher.Message> valid = fleet.valid(3_000);
        List<TestPublisher.Message> malformed = new ArrayList<>();
        Map<String, Malformed> kindByKey = new HashMap<>();
        List<String> badVinsInTopic = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (Malformed kind : Malformed.values()) {
                String vin = TelemetryFixtures.randomVin();
                kindByKey.put(vin, kind);
                malformed.add(new TestPublisher.Message(MqttTelemetryTopic.forVin(vin), kind.payload(vin, i)));
            }
            String badVin = "bad-vin-" + UUID.randomUUID();
            badVinsInTopic.add(badVin);
            malformed.add(new TestPublisher.Message(MqttTelemetryTopic.forVin(badVin),
                    TelemetryFixtures.valid(fleet.vins.get(0), 10_000 + i)));
        }
        List<TestPublisher.Message> all = new ArrayList<>(valid);
        for (int i = 0; i < malformed.size(); i++) {
            all.add(i * 60, malformed.get(i)); // bad messages in the middle of the stream, not at its end
        }

        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (var ingest = new IngestService(config(group, clientId).metricsPort(0).build(), registry).start();
             var publisher = new TestPublisher(broker.serverUri());
             var reader = new KafkaTopicReader(kafka.bootstrapServers())) {

            publisher.publishPaced(all, () -> ingest.metrics().received(), MAX_BACKLOG, TIMEOUT);

            Predicate<ConsumerRecord<byte[], byte[]>> ours = KafkaTopicReader.keyIn(fleet.vinSet());
            Set<String> dlqKeys = new HashSet<>(kindByKey.keySet());
            dlqKeys.addAll(badVinsInTopic);
            reader.await(Topics.TELEMETRY.name(), ours, valid.size(), TIMEOUT);
            reader.await(Topics.TELEMETRY_DLQ.name(), KafkaTopicReader.keyIn(dlqKeys), malformed.size(), TIMEOUT);
            awaitSettled(ingest);

            List<ConsumerRecord<byte[], byte[]>> telemetry = reader.readToEnd(Topics.TELEMETRY.name(), ours);
            List<ConsumerRecord<byte[], byte[]>> dlq = reader.readToEnd(Topics.TELEMETRY_DLQ.name(), KafkaTopicReader.keyIn(dlqKeys));

            // exactly the valid messages, each once, keyed by VIN, byte for byte
            assertThat(telemetry.stream().map(IngestBridgeIT::keyAndValue))
                    .containsExactlyInAnyOrderElementsOf(valid.stream().map(IngestBridgeIT::keyAndValue).toList());
            assertOrderPerVehicle(telemetry);

            // exactly the malformed ones, with the reason naming the field
            assertThat(dlq).hasSize(malformed.size());
            assertThat(dlq.stream().map(r -> Base64.getEncoder().encodeToString(r.value())))
                    .containsExactlyInAnyOrderElementsOf(malformed.stream()
                            .map(m -> Base64.getEncoder().encodeToString(m.payload())).toList());
            for (ConsumerRecord<byte[], byte[]> record : dlq) {
                String key = Topics.VIN_KEY.decode(record.key());
                String field = header(record, DeadLetterHeaders.FIELD);
                assertThat(header(record, DeadLetterHeaders.REASON)).startsWith(field + ": ");
                assertThat(header(record, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(MqttTelemetryTopic.forVin(key));
                assertThat(Instant.parse(header(record, DeadLetterHeaders.RECEIVED_AT))).isBefore(Instant.now());
                if (badVinsInTopic.contains(key)) {
                    assertThat(field).isEqualTo(PayloadTriage.TOPIC_FIELD);
                } else {
                    assertThat(field).as("field for %s", kindByKey.get(key)).startsWith(kindByKey.get(key).fieldPrefix);
                }
            }

            IngestMetrics.Snapshot metrics = ingest.metrics();
            assertCount(metrics.received(), all.size(), "received");
            assertCount(metrics.forwarded(), valid.size(), "forwarded");
            assertCount(metrics.rejected(), malformed.size(), "rejected");
            assertThat(metrics.failed()).isZero();

            String scrape = get(ingest, "/metrics");
            assertThat(scrape).contains(SHARED_BROKER ? "pitwall_ingest_forwarded_total "
                            : "pitwall_ingest_forwarded_total " + valid.size() + ".0")
                    .contains("pitwall_ingest_rejected_total{field=\"$.seq\"}")
                    .contains("pitwall_ingest_inflight")
                    .contains("pitwall_ingest_kafka_ack_latency_seconds_bucket");
            assertThat(get(ingest, "/health")).contains("UP");
        } finally {
            MqttSessions.clean(broker.serverUri(), clientId);
        }
    }

    /** One instance, one lane per VIN, idempotent producer: each vehicle's records stay in publish order. */
    private static void assertOrderPerVehicle(List<ConsumerRecord<byte[], byte[]>> telemetry) {
        Map<String, Long> lastSeq = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : telemetry) {
            String vin = Topics.VIN_KEY.decode(record.key());
            long seq = TelemetryFixtures.CODEC.decodeTrusted(record.value()).seq();
            Long previous = lastSeq.put(vin, seq);
            assertThat(previous == null || previous < seq).as("seq %d of %s after %s", seq, vin, previous).isTrue();
        }
    }

    static String keyAndValue(ConsumerRecord<byte[], byte[]> r) {
        return Topics.VIN_KEY.decode(r.key()) + "|" + Base64.getEncoder().encodeToString(r.value());
    }

    static String keyAndValue(TestPublisher.Message m) {
        return MqttTelemetryTopic.vinOf(m.topic()) + "|" + Base64.getEncoder().encodeToString(m.payload());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String get(IngestService ingest, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingest.metricsPort().orElseThrow() + path)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
