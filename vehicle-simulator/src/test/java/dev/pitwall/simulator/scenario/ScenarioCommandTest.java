package dev.pitwall.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.simulator.SimulatorMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code scenario} sub-command's options; publishing itself is {@code ScenarioPublishIT}. */
class ScenarioCommandTest {

    private static ScenarioCommand parse(String... args) {
        CommandLine root = new CommandLine(new SimulatorMain());
        CommandLine.ParseResult result = root.parseArgs(args);
        return (ScenarioCommand) result.subcommand().commandSpec().userObject();
    }

    @Test
    void isRegisteredAndItsHelpListsEveryOption() {
        CommandLine root = new CommandLine(new SimulatorMain());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        root.setOut(new PrintWriter(out));
        root.setErr(new PrintWriter(err));

        int exit = root.execute("scenario", "--help");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("--file", "--broker", "--pace", "--max-in-flight", "--progress-interval",
                "--drain-timeout", "Default: asap", "Default: tcp://127.0.0.1:1883");
    }

    @Test
    void readsTheFileFromTheClasspathOrTheFileSystemAndThePace() {
        ScenarioCommand command = parse("scenario", "--file", "classpath:/scenarios/offline-and-back.json", "--pace", "120",
                "--broker", "tcp://broker:1884");

        assertThat(command.scenario().name()).isEqualTo("offline-and-back");
        assertThat(command.pace()).isEqualTo(new Pace(120));
        assertThat(command.broker).isEqualTo("tcp://broker:1884");
    }

    @Test
    void anInvalidFileOrPaceFailsBeforeConnectingAsInvalidInput() {
        ScenarioCommand missing = parse("scenario", "--file", "does-not-exist.json", "--broker", "tcp://127.0.0.1:1");
        ScenarioCommand badPace = parse("scenario", "--file", "classpath:/scenarios/offline-and-back.json", "--pace", "soon",
                "--broker", "tcp://127.0.0.1:1");

        // IllegalArgumentException is what SimulatorMain's handler turns into exit code 2
        assertThatThrownBy(missing::call).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario file does-not-exist.json: expected an existing file, it does not exist");
        assertThatThrownBy(badPace::call).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--pace:");
    }
}
