package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.simulator.vehicle.Region;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class SimulatorMainTest {

    @Test
    void helpListsEveryOptionWithItsDefault() {
        CommandLine cli = SimulatorMain.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--help");

        String help = out.toString();
        assertThat(exit).isZero();
        for (OptionSpec option : cli.getCommandSpec().options()) {
            assertThat(help).contains(option.longestName());
        }
        assertThat(help).contains("Default: tcp://127.0.0.1:1883", "Default: 100", "Default: 10s",
                "Default: 48.0,11.3,48.3,11.8", "Default: now", "Default: 2");
    }

    @Test
    void optionsBecomeTheConfiguration() {
        CommandLine cli = SimulatorMain.commandLine();
        cli.parseArgs("--broker", "tcp://broker:1884", "--vehicles", "1000", "--seed", "7",
                "--start-time", "2026-03-01T06:00:00Z", "--sample-interval", "1s", "--time-scale", "3600",
                "--rate", "5000", "--messages", "100000", "--duration", "15s", "--region", "52.3,13.1,52.7,13.7",
                "--duplicate-rate", "0.01", "--out-of-order-rate", "0.02", "--malformed-rate", "0.03",
                "--connections", "4", "--max-in-flight", "500", "--manifest", "out/m.json", "--dry-run");

        SimulatorConfig c = ((SimulatorMain) cli.getCommand()).toConfig();

        assertThat(c.brokerUri()).isEqualTo("tcp://broker:1884");
        assertThat(c.vehicles()).isEqualTo(1000);
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.startTime()).isEqualTo(Instant.parse("2026-03-01T06:00:00Z"));
        assertThat(c.sampleInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.timeScale()).isEqualTo(3600);
        assertThat(c.rate()).isEqualTo(5000);
        assertThat(c.messages()).isEqualTo(100_000);
        assertThat(c.duration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.region()).isEqualTo(new Region(52.3, 13.1, 52.7, 13.7));
        assertThat(c.duplicateRate()).isEqualTo(0.01);
        assertThat(c.outOfOrderRate()).isEqualTo(0.02);
        assertThat(c.malformedRate()).isEqualTo(0.03);
        assertThat(c.connections()).isEqualTo(4);
        assertThat(c.maxInFlight()).isEqualTo(500);
        assertThat(c.manifest()).isEqualTo(Path.of("out/m.json"));
        assertThat(c.dryRun()).isTrue();
    }

    @Test
    void defaultsOfTheCommandLineAreTheConfigurationDefaults() {
        CommandLine cli = SimulatorMain.commandLine();
        cli.parseArgs();

        assertThat(((SimulatorMain) cli.getCommand()).toConfig()).isEqualTo(SimulatorConfig.defaults());
    }

    @Test
    void invalidOptionExitsWithTwoAndNamesTheOption() {
        CommandLine cli = SimulatorMain.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--vehicles", "0", "--dry-run");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--vehicles: expected 1..1000000, got 0");
    }

    @Test
    void dryRunFromTheCommandLineExitsWithZero() {
        CommandLine cli = SimulatorMain.commandLine();

        int exit = cli.execute("--dry-run", "--vehicles", "5", "--messages", "50", "--time-scale", "0",
                "--start-time", "2026-03-01T06:00:00Z", "--progress-interval", "0s");

        assertThat(exit).isZero();
    }
}
