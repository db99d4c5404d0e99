package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact bytes a seed produces, checked in: proves determinism across JVMs and refactorings, not only
 * within one run. See the header of {@code golden/seed42-two-vehicles.txt}.
 */
class GoldenStreamTest {

    private static final String GOLDEN = "/golden/seed42-two-vehicles.txt";
    private static final long FIRST_SEQ = 240;

    static final SimulatorConfig CONFIG = TestFleets.config().vehicles(2).seed(42).messages(500)
            .duplicateRate(0.05).outOfOrderRate(0.05).malformedRate(0.05).build();

    @Test
    void seed42ProducesTheCheckedInMessages() throws IOException {
        List<String> expected;
        try (InputStream in = GoldenStreamTest.class.getResourceAsStream(GOLDEN)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
        }

        assertThat(lines()).isEqualTo(expected);
    }

    static List<String> lines() {
        return FleetGenerator.create(CONFIG).stream().filter(m -> m.seq() >= FIRST_SEQ)
                .map(m -> m.topic() + " " + m.payloadText()).toList();
    }

    /**
     * Prints the lines for the golden file after a deliberate change (keep the header comment), e.g.
     * {@code java -cp target/pitwall-vehicle-simulator.jar:target/test-classes dev.pitwall.simulator.GoldenStreamTest}.
     */
    public static void main(String[] args) {
        lines().forEach(System.out::println);
    }
}
