package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.telemetry.DecodeResult;
import dev.pitwall.core.telemetry.TelemetryCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstSeqTest {

    private final TelemetryCodec codec = new TelemetryCodec();

    @Test
    void restartedFleetContinuesAboveItsFirstSeqAndTheManifestSaysSo() {
        SimulatorConfig config = TestFleets.config().vehicles(3).messages(30).malformedRate(0.1).firstSeq(1_000_000)
                .build();
        FleetGenerator generator = FleetGenerator.create(config);
        List<SimulatedMessage> messages = generator.stream().toList();

        assertThat(messages).allSatisfy(m -> assertThat(m.seq()).isBetween(1_000_000L, 1_000_009L));
        messages.stream().filter(m -> m.corruption() == null).forEach(m -> {
            var telemetry = ((DecodeResult.Valid) codec.decode(m.payload())).telemetry();
            assertThat(telemetry.seq()).isEqualTo(m.seq());
        });
        Manifest manifest = generator.manifest();
        assertThat(manifest.samples()).isEqualTo(30);
        assertThat(manifest.validMessages()).allSatisfy(k -> assertThat(k.seq()).isGreaterThanOrEqualTo(1_000_000L));
        assertThat(manifest.validCount() + manifest.malformedCount()).isEqualTo(30);
    }

    @Test
    void sameFleetWithoutFirstSeqStartsAtZero() {
        List<SimulatedMessage> messages = TestFleets.generate(TestFleets.config().vehicles(2).messages(4).build());
        assertThat(messages).extracting(SimulatedMessage::seq).containsOnly(0L, 1L);
    }

    @Test
    void negativeFirstSeqIsRejectedNamingTheOption() {
        assertThatThrownBy(() -> TestFleets.config().firstSeq(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--first-seq");
    }
}
