package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.simulator.SimulatedMessage.Delivery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private static final SimulatorConfig CONFIG = TestFleets.config().vehicles(200).seed(99).messages(20_000)
            .duplicateRate(0.02).outOfOrderRate(0.03).malformedRate(0.01).build();

    private final FleetGenerator generator = FleetGenerator.create(CONFIG);
    private final List<SimulatedMessage> messages = generator.stream().toList();
    private final Manifest manifest = generator.manifest();

    @Test
    void faultRatesAreRoughlyAsConfigured() {
        long duplicates = count(Delivery.DUPLICATE);
        long delayed = count(Delivery.DELAYED);
        long malformed = messages.stream().filter(SimulatedMessage::malformed).count();

        // 20,000 samples: expected 400 / 600 / 200, binomial standard deviations about 20 / 24 / 14
        assertThat(duplicates).isBetween(300L, 500L);
        // a sample can only be held back while no other one is, and not when it is malformed
        assertThat(delayed).isBetween(450L, 700L);
        assertThat(malformed).isBetween(130L, 270L);
    }

    @Test
    void manifestAccountsForEveryMessage() {
        Set<Manifest.MessageKey> validSent = new HashSet<>();
        List<Manifest.MalformedMessage> malformedSent = new ArrayList<>();
        for (SimulatedMessage m : messages) {
            if (m.malformed()) {
                malformedSent.add(new Manifest.MalformedMessage(m.vin(), m.seq(), m.corruption()));
            } else {
                validSent.add(new Manifest.MessageKey(m.vin(), m.seq()));
            }
        }

        assertThat(manifest.samples()).isEqualTo(20_000);
        assertThat(manifest.publishedCount()).isEqualTo(messages.size());
        assertThat(manifest.validMessages()).isEqualTo(validSent);
        assertThat(manifest.validCount()).isEqualTo(validSent.size());
        assertThat(manifest.malformedMessages()).containsExactlyInAnyOrderElementsOf(malformedSent);
        assertThat(manifest.duplicateCount()).isEqualTo(count(Delivery.DUPLICATE));
        assertThat(manifest.outOfOrderCount()).isEqualTo(count(Delivery.DELAYED));
        for (Manifest.VehicleEntry v : manifest.vehicles()) {
            assertThat(v.duplicateSeqs()).isEqualTo(seqsOf(v.vin(), Delivery.DUPLICATE));
            assertThat(v.outOfOrderSeqs()).isEqualTo(seqsOf(v.vin(), Delivery.DELAYED));
        }
    }

    @Test
    void everySeqIsUsedExactlyOnceByAValidOrAMalformedMessage() {
        for (Manifest.VehicleEntry v : manifest.vehicles()) {
            long valid = v.validCount();
            assertThat(valid + v.malformed().size()).isEqualTo(v.seqCount());
            v.malformed().forEach(bad -> assertThat(v.isValid(bad.seq())).isFalse());
        }
    }

    @Test
    void duplicatesRepeatThePreviousPayloadOfTheirSeq() {
        Map<String, SimulatedMessage> lastByVin = new HashMap<>();
        for (SimulatedMessage m : messages) {
            if (m.delivery() == Delivery.DUPLICATE) {
                SimulatedMessage previous = lastByVin.get(m.vin());
                assertThat(previous.seq()).isEqualTo(m.seq());
                assertThat(Arrays.equals(previous.payload(), m.payload())).isTrue();
            }
            lastByVin.put(m.vin(), m);
        }
    }

    @Test
    void outOfOrderMessagesArriveAfterANewerMessageOfTheirVehicle() {
        Map<String, Long> highestSeqSoFar = new HashMap<>();
        for (SimulatedMessage m : messages) {
            long highest = highestSeqSoFar.getOrDefault(m.vin(), -1L);
            if (m.delivery() == Delivery.DELAYED) {
                assertThat(highest).isGreaterThan(m.seq());
            } else if (m.delivery() == Delivery.IN_ORDER) {
                assertThat(m.seq()).isGreaterThan(highest);
            }
            highestSeqSoFar.merge(m.vin(), m.seq(), Math::max);
        }
    }

    @Test
    void heldBackMessageIsReleasedInOrderWhenTheRunEnds() {
        var config = TestFleets.config().vehicles(1).messages(1).outOfOrderRate(1.0).build();

        List<SimulatedMessage> only = TestFleets.generate(config);

        assertThat(only).singleElement().satisfies(m -> assertThat(m.delivery()).isEqualTo(Delivery.IN_ORDER));
    }

    private long count(Delivery delivery) {
        return messages.stream().filter(m -> m.delivery() == delivery).count();
    }

    private List<Long> seqsOf(String vin, Delivery delivery) {
        return messages.stream().filter(m -> m.vin().equals(vin) && m.delivery() == delivery)
                .map(SimulatedMessage::seq).sorted().toList();
    }
}
