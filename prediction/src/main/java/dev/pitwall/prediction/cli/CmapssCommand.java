package dev.pitwall.prediction.cli;

import dev.pitwall.prediction.cmapss.CmapssParser;
import dev.pitwall.prediction.cmapss.EngineTrajectory;
import dev.pitwall.prediction.cmapss.RulModel;
import dev.pitwall.prediction.cmapss.RulModelTrainer;
import dev.pitwall.prediction.cmapss.RulPredictionsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cmapss}: train on run-to-failure engines, write the predicted RUL at each test engine's last cycle. */
@Command(name = "cmapss", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        usageHelpWidth = 120,
        description = {"Trains on a C-MAPSS training file (every engine runs to failure) and writes unit,rul: the",
                "predicted remaining useful life at the last cycle of each engine of a C-MAPSS test file."})
final class CmapssCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, description = "C-MAPSS training file, e.g. train_FD001.txt.")
    Path train;

    @Option(names = "--test", required = true, description = "C-MAPSS test file (truncated trajectories).")
    Path test;

    @Option(names = "--out", required = true, description = "CSV to write: header unit,rul then one line per unit.")
    Path out;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        // Read both files before the minute of training, so a bad test file fails at once.
        List<EngineTrajectory> training = CmapssParser.read(train);
        List<EngineTrajectory> testing = CmapssParser.read(test);
        err.printf(Locale.ROOT, "read %d training engines from %s, %d test engines from %s%n",
                training.size(), train, testing.size(), test);
        err.flush();
        RulModel rulModel = new RulModelTrainer(model.toConfig()).train(training, message -> {
            err.println(message);
            err.flush();
        });
        double[] predicted = rulModel.predictLastCycle(testing);
        Map<Integer, Double> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            byUnit.put(testing.get(i).unit(), predicted[i]);
        }
        RulPredictionsFile.write(out, byUnit);
        err.printf(Locale.ROOT, "wrote %d predictions to %s (%.1f s)%n", byUnit.size(), out,
                (System.nanoTime() - start) / 1e9);
        err.flush();
        return 0;
    }
}
