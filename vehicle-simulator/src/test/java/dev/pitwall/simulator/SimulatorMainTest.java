package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.simulator.vehicle.ClimateMix;
import dev.pitwall.simulator.vehicle.Region;
import dev.pitwall.simulator.vehicle.ScriptedFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void groundTruthScriptsWearAndClimatesBecomeTheConfiguration() {
        CommandLine cli = SimulatorMain.commandLine();
        cli.parseArgs("--vehicles", "3", "--ground-truth", "out/gt", "--script", "battery-fails-after=P20D@0",
                "--script", "brake-pads-fails-after=36h@2", "--wear-factor", "2.5", "--climate-mix", "cold=1,hot=1");

        SimulatorConfig c = ((SimulatorMain) cli.getCommand()).toConfig();

        assertThat(c.groundTruthDir()).isEqualTo(Path.of("out/gt"));
        assertThat(c.scriptedFailures()).containsExactly(
                new ScriptedFailure(0, Component.BATTERY, Duration.ofDays(20)),
                new ScriptedFailure(2, Component.BRAKE_PADS, Duration.ofHours(36)));
        assertThat(c.wearFactor()).isEqualTo(2.5);
        assertThat(c.climateMix()).isEqualTo(new ClimateMix(1, 0, 1));
    }

    @Test
    void theBuilderScriptsFailuresToo() {
        SimulatorConfig c = SimulatorConfig.builder().vehicles(2).scriptFailure(1, Component.COOLING, Duration.ofDays(3)).build();

        assertThat(c.scriptedFailures()).containsExactly(new ScriptedFailure(1, Component.COOLING, Duration.ofDays(3)));
        assertThat(c.scriptedFailures().get(0).spec()).isEqualTo("cooling-fails-after=PT72H@1");
        assertThat(ScriptedFailure.parse(c.scriptedFailures().get(0).spec())).isEqualTo(c.scriptedFailures().get(0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--script battery-fails-at=P20D@0 | --script: expected COMPONENT-fails-after=DURATION@VEHICLE such as battery-fails-after=P20D@0, got 'battery-fails-at=P20D@0'",
        "--script gearbox-fails-after=P2D@0 | --script: unknown component 'gearbox' in 'gearbox-fails-after=P2D@0', expected one of battery, brake-pads, tires, engine-oil, cooling, ignition",
        "--script battery-fails-after=soon@0 | --script: expected a duration such as P20D, PT36H or 20d before '@', got 'soon'",
        "--script battery-fails-after=P2D@7 --vehicles 3 | --script: expected a vehicle index 0..2 (the fleet has 3 vehicles), got battery-fails-after=PT48H@7",
        "--script battery-fails-after=P2D@0 --script battery-fails-after=P3D@0 | --script: expected one script per vehicle and part",
        "--climate-mix warm=1 | --climate-mix: expected zone=weight pairs with zones cold, temperate, hot",
        "--wear-factor -1 | --wear-factor: expected a factor 0..10000 (1 = the documented rates), got -1.0",
        "--tire-leak-rate 2 | --tire-leak-rate: expected a probability 0..1, got 2.0"
    })
    void badOptionsExitWithTwoNamingTheOptionAndWhatWasExpected(String args, String expected) {
        CommandLine cli = SimulatorMain.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute((args.trim() + " --dry-run --messages 1").split("\\s+"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(expected.trim());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--days 0 | --days: expected 1..3650, got 0",
        "--parked-interval 5m | --parked-interval: expected at least the sample interval (PT15M), got PT5M",
        "--threads 0 | --threads: expected 1..256, got 0",
        "--sample-interval fast | --sample-interval: expected a duration such as 500ms, 15s, 10m, 2h, 1d or PT15S, got 'fast'",
        "--start-time yesterday | --start-time: expected an ISO-8601 instant",
        "--script ignition-fails-after=P1D@9 | --script: expected a vehicle index 0..1 (the fleet has 2 vehicles)",
        "--days many | Invalid value for option '--days': 'many' is not an int"
    })
    void badHistoryOptionsExitWithTwoNamingTheOption(String args, String expected) {
        CommandLine cli = SimulatorMain.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        // two vehicles: should an option be accepted after all, the run stays small
        int exit = cli.execute(("history --out target/never-written --vehicles 2 " + args.trim()).split("\\s+"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(expected.trim());
    }

    @Test
    void historyNeedsAnOutputDirectory() {
        CommandLine cli = SimulatorMain.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("history", "--days", "1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void historyFromTheCommandLineWritesTheThreeFiles(@org.junit.jupiter.api.io.TempDir Path dir) {
        int exit = SimulatorMain.commandLine().execute("history", "--vehicles", "3", "--days", "1", "--seed", "4",
                "--out", dir.toString(), "--progress-interval", "0s", "--threads", "2");

        assertThat(exit).isZero();
        assertThat(dir.resolve("telemetry.ndjson.gz")).isNotEmptyFile();
        assertThat(dir.resolve("ground-truth.csv")).content().startsWith("vin,model,component,event,time,odometer_km\n");
        assertThat(dir.resolve("fleet.csv")).content().hasLineCount(4);
    }
}
