package dev.pitwall.prediction.cli;

import dev.pitwall.prediction.cmapss.NasaRulFile;
import dev.pitwall.prediction.cmapss.RulEvaluation;
import dev.pitwall.prediction.cmapss.RulPredictionsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cmapss-eval}: scores a {@code unit,rul} predictions file against NASA's RUL truth file. */
@Command(name = "cmapss-eval", mixinStandardHelpOptions = true, usageHelpWidth = 120,
        description = {"Prints RMSE and the PHM08 score of predicted against true RUL, joined by unit.",
                "PHM08: sum over units of exp(-d/13)-1 if d < 0 else exp(d/10)-1, d = predicted - true."})
final class CmapssEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pred", required = true, description = "Predictions: header unit,rul then one line per unit.")
    Path pred;

    @Option(names = "--truth", required = true, description = "NASA RUL file: one true RUL per line, line i = unit i.")
    Path truth;

    @Override
    public Integer call() {
        RulEvaluation evaluation = RulEvaluation.of(RulPredictionsFile.read(pred), NasaRulFile.read(truth));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "units        %d%nRMSE         %.3f%nPHM08 score  %.2f%n",
                evaluation.units(), evaluation.rmse(), evaluation.phm08Score());
        out.flush();
        return 0;
    }
}
