package dev.pitwall.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.telemetry.DecodeResult;
import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.infra.TestMqttBrokers;
import dev.pitwall.simulator.SimulatorException;
import dev.pitwall.simulator.SimulatorMain;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scenario} against a real broker (embedded HiveMQ CE, or the one {@code -Dpitwall.test.mqtt} names): an
 * independent subscriber must receive exactly the scenario's messages, on the right topics, with the right seqs and
 * payloads. Each run uses VINs of its own, so runs sharing a broker never see each other's messages.
 */
class ScenarioPublishIT {

    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final TelemetryCodec CODEC = new TelemetryCodec();

    private static TestMqttBrokers.Broker broker;

    @BeforeAll
    static void startBroker() {
        broker = TestMqttBrokers.open();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private record Arrival(String topic, byte[] payload) {
    }

    @Test
    void theScenarioCommandPublishesExactlyTheScenariosMessages(@TempDir Path dir) throws Exception {
        String parked = uniqueVin();
        String driving = uniqueVin();
        String json = new String(ScenarioPublishIT.class.getResourceAsStream("/scenarios/offline-and-back.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
                .replace("WBA8E9C50LK000003", parked)
                .replace("WAUZZZF40MA000004", driving);
        Path file = dir.resolve("offline-and-back.json");
        Files.writeString(file, json);
        Scenario scenario = ScenarioFile.read(file);
        int expected = scenario.telemetry().size();

        ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
        CountDownLatch allArrived = new CountDownLatch(expected);
        MqttAsyncClient subscriber = subscribe(List.of(parked, driving), arrivals, allArrived);
        try {
            CommandLine cli = new CommandLine(new SimulatorMain());
            java.io.StringWriter err = new java.io.StringWriter();
            cli.setErr(new java.io.PrintWriter(err));
            int exit = cli.execute("scenario", "--file", file.toString(), "--broker", broker.serverUri(),
                    "--progress-interval", "0s");

            assertThat(exit).as(err.toString()).isZero();
            assertThat(allArrived.await(60, TimeUnit.SECONDS))
                    .as("%d of %d messages arrived", expected - allArrived.getCount(), expected).isTrue();
        } finally {
            subscriber.disconnect().waitForCompletion(5_000);
            subscriber.close();
        }

        List<Telemetry> received = new ArrayList<>();
        for (Arrival a : arrivals) {
            DecodeResult decoded = CODEC.decode(a.payload());
            assertThat(decoded).isInstanceOf(DecodeResult.Valid.class);
            Telemetry t = ((DecodeResult.Valid) decoded).telemetry();
            assertThat(a.topic()).isEqualTo(MqttTelemetryTopic.forVin(t.vin()));
            assertThat(a.payload()).isEqualTo(CODEC.encode(t));
            received.add(t);
        }
        received.sort(Comparator.comparing(Telemetry::vin).thenComparingLong(Telemetry::seq));
        List<Telemetry> sent = new ArrayList<>(scenario.telemetry());
        sent.sort(Comparator.comparing(Telemetry::vin).thenComparingLong(Telemetry::seq));
        assertThat(received).isEqualTo(sent); // every seq once (no retries on a healthy broker), every signal as generated
        assertThat(received).filteredOn(t -> t.vin().equals(parked)).extracting(Telemetry::seq)
                .isEqualTo(java.util.stream.LongStream.range(0, scenario.telemetryByVehicle().get(parked).size()).boxed().toList());
    }

    @Test
    void anUnreachableBrokerFailsTheRunNamingTheAddress() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CommandLine cli = new CommandLine(new SimulatorMain());
        ScenarioCommand command = (ScenarioCommand) cli.parseArgs("scenario", "--file",
                "classpath:/scenarios/offline-and-back.json", "--broker", "tcp://127.0.0.1:" + closedPort)
                .subcommand().commandSpec().userObject();

        assertThatThrownBy(command::call)
                .isInstanceOf(SimulatorException.class) // SimulatorMain's handler: exit code 3
                .hasMessageContaining("--broker: cannot connect to the MQTT broker at tcp://127.0.0.1:" + closedPort);
    }

    private static String uniqueVin() {
        Random random = new Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder vin = new StringBuilder("TST");
        while (vin.length() < 17) {
            vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        }
        return vin.toString();
    }

    private static MqttAsyncClient subscribe(List<String> vins, ConcurrentLinkedQueue<Arrival> arrivals,
            CountDownLatch arrived) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(broker.serverUri(), "pitwall-scenario-it-" + UUID.randomUUID(),
                new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                arrivals.add(new Arrival(topic, message.getPayload()));
                arrived.countDown();
            }

            @Override
            public void disconnected(MqttDisconnectResponse response) {
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        });
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        client.connect(options).waitForCompletion(10_000);
        MqttSubscription[] subscriptions = vins.stream()
                .map(vin -> new MqttSubscription(MqttTelemetryTopic.forVin(vin), MqttTelemetryTopic.QOS))
                .toArray(MqttSubscription[]::new);
        client.subscribe(subscriptions).waitForCompletion(10_000);
        return client;
    }
}
