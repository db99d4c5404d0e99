package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FleetGeneratorTest {

    private final SimulatorConfig config = TestFleets.config().vehicles(50).seed(42).messages(5_000)
            .duplicateRate(0.02).outOfOrderRate(0.02).malformedRate(0.02).build();

    @Test
    void sameSeedGivesSamePayloads() {
        List<SimulatedMessage> first = TestFleets.generate(config);
        List<SimulatedMessage> second = TestFleets.generate(config);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).topic()).isEqualTo(first.get(i).topic());
            assertThat(second.get(i).payload()).isEqualTo(first.get(i).payload());
        }
    }

    @Test
    void differentSeedGivesDifferentPayloads() {
        List<SimulatedMessage> first = TestFleets.generate(config);
        List<SimulatedMessage> other = TestFleets.generate(config.toBuilder().seed(43).build());

        assertThat(other.get(0).vin()).isNotEqualTo(first.get(0).vin());
        long samePayloads = 0;
        for (int i = 0; i < Math.min(first.size(), other.size()); i++) {
            if (Arrays.equals(first.get(i).payload(), other.get(i).payload())) {
                samePayloads++;
            }
        }
        assertThat(samePayloads).isZero();
    }

    @Test
    void aVehiclesMessagesDoNotDependOnHowTheFleetIsPartitioned() {
        Map<String, List<String>> whole = byVin(TestFleets.generate(config));
        List<SimulatedMessage> partitioned = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            partitioned.addAll(FleetGenerator.partition(config, part, 3).stream().toList());
        }

        assertThat(byVin(partitioned)).isEqualTo(whole);
    }

    @Test
    void seqsPerVehicleAreContiguousFromZeroWithoutFaults() {
        var clean = TestFleets.config().vehicles(20).messages(2_000).build();

        Map<String, List<Long>> seqs = TestFleets.generate(clean).stream().collect(
                Collectors.groupingBy(SimulatedMessage::vin, LinkedHashMap::new,
                        Collectors.mapping(SimulatedMessage::seq, Collectors.toList())));

        assertThat(seqs).hasSize(20);
        seqs.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i)).isEqualTo(i);
            }
        });
    }

    @Test
    void messagesComeInSimulatedTimeOrderOneIntervalApartPerVehicle() {
        var clean = TestFleets.config().vehicles(30).messages(3_000).build();
        List<SimulatedMessage> messages = TestFleets.generate(clean);

        for (int i = 1; i < messages.size(); i++) {
            assertThat(messages.get(i).eventTime()).isAfterOrEqualTo(messages.get(i - 1).eventTime());
        }
        Map<String, List<SimulatedMessage>> byVehicle = messages.stream().collect(Collectors.groupingBy(SimulatedMessage::vin));
        byVehicle.values().forEach(list -> {
            assertThat(list.get(0).eventTime()).isBetween(TestFleets.START, TestFleets.START.plus(clean.sampleInterval()));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).eventTime()).isEqualTo(list.get(i - 1).eventTime().plus(clean.sampleInterval()));
            }
        });
    }

    @Test
    void messageLimitIsSpreadEvenlyOverTheVehicles() {
        var limited = TestFleets.config().vehicles(10).messages(1_005).build();

        Map<String, Long> counts = TestFleets.generate(limited).stream()
                .collect(Collectors.groupingBy(SimulatedMessage::vin, Collectors.counting()));

        assertThat(counts.values()).containsOnly(100L, 101L);
        assertThat(counts.values().stream().filter(c -> c == 101L)).hasSize(5);
    }

    @Test
    void dropsNothingWhenRatesAreZero() {
        var clean = TestFleets.config().vehicles(25).messages(2_500).build();

        List<SimulatedMessage> messages = TestFleets.generate(clean);

        assertThat(messages).hasSize(2_500);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.delivery()).isEqualTo(SimulatedMessage.Delivery.IN_ORDER);
            assertThat(m.malformed()).isFalse();
        });
    }

    @Test
    void vinsAreKnownBeforeSimulating() {
        List<String> vins = FleetGenerator.vins(config);

        assertThat(vins).hasSize(50).doesNotHaveDuplicates();
        assertThat(FleetGenerator.create(config).manifest().vins()).isEqualTo(vins);
    }

    private static Map<String, List<String>> byVin(List<SimulatedMessage> messages) {
        return messages.stream().collect(Collectors.groupingBy(SimulatedMessage::vin,
                Collectors.mapping(m -> m.topic() + " " + m.payloadText(), Collectors.toList())));
    }
}
