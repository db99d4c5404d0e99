package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.DecodeResult;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.core.telemetry.ValidationError;
import dev.pitwall.core.telemetry.VssSignal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The simulator speaks the wire contract of core: valid payloads decode, corrupted ones are rejected. */
class WireContractTest {

    private static final TelemetryCodec CODEC = new TelemetryCodec();
    /** Forty vehicles, an hour and a half each: most start their engine at least once. */
    private static final List<SimulatedMessage> MESSAGES = TestFleets.generate(TestFleets.config()
            .vehicles(40).seed(7).messages(4_000).sampleInterval(java.time.Duration.ofMinutes(1))
            .duplicateRate(0.02).outOfOrderRate(0.02).malformedRate(0.05).build());

    @Test
    void everyNonMalformedPayloadDecodesAsValidWithItsVinSeqAndTime() {
        List<SimulatedMessage> valid = MESSAGES.stream().filter(m -> !m.malformed()).toList();

        assertThat(valid).hasSizeGreaterThan(3_500);
        assertThat(valid).allSatisfy(m -> {
            DecodeResult result = CODEC.decode(m.payload());
            assertThat(result).as(m.payloadText()).isInstanceOf(DecodeResult.Valid.class);
            Telemetry t = ((DecodeResult.Valid) result).telemetry();
            assertThat(t.vin()).isEqualTo(m.vin());
            assertThat(t.seq()).isEqualTo(m.seq());
            assertThat(t.eventTime()).isEqualTo(m.eventTime());
        });
    }

    @Test
    void everySignalTheCoreKnowsIsSentAndCrankingVoltageFromTheFirstEngineStartOn() {
        Map<String, Boolean> started = new HashMap<>();
        int withCranking = 0;
        for (SimulatedMessage m : MESSAGES) {
            if (m.malformed() || m.delivery() != SimulatedMessage.Delivery.IN_ORDER) {
                continue;
            }
            Telemetry t = CODEC.decodeTrusted(m.payload());
            for (VssSignal signal : VssSignal.values()) {
                if (signal != VssSignal.CRANKING_VOLTAGE) {
                    assertThat(signal.valueIn(t.signals())).as(signal.path()).isNotNull();
                }
            }
            boolean hasStarted = started.merge(m.vin(), t.signals().engineRunning(), Boolean::logicalOr);
            if (hasStarted) {
                assertThat(t.signals().crankingVoltage()).as("cranking voltage after the first start").isBetween(8.0, 12.0);
                withCranking++;
            }
        }
        assertThat(withCranking).isPositive();
    }

    @Test
    void everyMalformedPayloadDecodesAsInvalid() {
        List<SimulatedMessage> malformed = MESSAGES.stream().filter(SimulatedMessage::malformed).toList();

        assertThat(malformed).hasSizeGreaterThan(100);
        assertThat(malformed).allSatisfy(m -> assertThat(CODEC.decode(m.payload())).as(m.payloadText())
                .isInstanceOf(DecodeResult.Invalid.class));
    }

    @Test
    void allCorruptionKindsOccur() {
        Set<Corruption> seen = MESSAGES.stream().filter(SimulatedMessage::malformed).map(SimulatedMessage::corruption)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Corruption.class)));

        assertThat(seen).isEqualTo(EnumSet.allOf(Corruption.class));
    }

    @ParameterizedTest
    @EnumSource(Corruption.class)
    void eachCorruptionIsRejectedWithAnErrorNamingTheField(Corruption kind) {
        byte[] valid = MESSAGES.stream().filter(m -> !m.malformed()).findFirst().orElseThrow().payload();

        DecodeResult result = CODEC.decode(kind.apply(valid));

        assertThat(result).isInstanceOf(DecodeResult.Invalid.class);
        List<ValidationError> errors = ((DecodeResult.Invalid) result).errors();
        assertThat(errors).as(((DecodeResult.Invalid) result).reason())
                .anySatisfy(e -> assertThat(e.field()).contains(kind.rejectedField()));
    }
}
