package dev.pitwall.prediction.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Command line entry point of the prediction jar: a thin root that only lists the subcommands. */
@Command(name = "pitwall-prediction", mixinStandardHelpOptions = true, usageHelpWidth = 120,
        description = "Predictive-maintenance models: training, evaluation and the C-MAPSS benchmark runner.",
        subcommands = {CmapssCommand.class, CmapssEvalCommand.class, CmapssCvCommand.class, TrainCommand.class,
                EvaluateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:unexpected failure", "2:invalid options or input files"})
public final class PredictionMain implements Runnable {

    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_FAILURE = 1;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PredictionMain());
        // A user's mistake gets one line naming the input, not a stack trace.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                commandLine.getErr().println("error: cannot read or write " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println("error: " + e);
            e.printStackTrace(commandLine.getErr());
            return EXIT_FAILURE;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
