package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @Test
    void writtenManifestReadsBackEqual(@TempDir Path dir) {
        FleetGenerator generator = FleetGenerator.create(TestFleets.config().vehicles(30).messages(3_000)
                .duplicateRate(0.05).outOfOrderRate(0.05).malformedRate(0.05).build());
        generator.stream().forEach(m -> { });
        Manifest manifest = generator.manifest();
        Path file = dir.resolve("sub/manifest.json");

        manifest.write(file);
        Manifest read = Manifest.read(file);

        assertThat(read).isEqualTo(manifest);
        assertThat(read.validMessages()).isEqualTo(manifest.validMessages());
        assertThat(read.malformedMessages()).isNotEmpty().isEqualTo(manifest.malformedMessages());
    }

    @Test
    void validSeqsAreTheConsumedSeqsMinusTheMalformedOnes() {
        FleetGenerator generator = FleetGenerator.create(TestFleets.config().vehicles(1).messages(500).malformedRate(0.1).build());
        generator.stream().forEach(m -> { });

        Manifest.VehicleEntry v = generator.manifest().vehicles().get(0);

        List<Long> expanded = v.validSeqs().stream()
                .flatMap(r -> LongStream.rangeClosed(r.first(), r.last()).boxed()).toList();
        Set<Long> malformed = v.malformed().stream().map(Manifest.MalformedMessage::seq).collect(Collectors.toSet());
        List<Long> expected = LongStream.range(0, 500).filter(seq -> !malformed.contains(seq)).boxed().toList();
        assertThat(malformed).isNotEmpty();
        assertThat(expanded).isEqualTo(expected); // sorted, disjoint, complete
    }

    @Test
    void readingSomethingElseSaysWhatWasExpected(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Manifest.FORMAT)
                .hasMessageContaining("other.json");
    }
}
