package dev.pitwall.prediction.cli;

import dev.pitwall.prediction.training.Progress;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the train and evaluate commands share: progress on stderr and a quiet Tribuo. */
final class CliSupport {

    /** Kept referenced: java.util.logging holds loggers weakly, and a collected one forgets its level. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private CliSupport() {
    }

    /** Tribuo logs every SGD epoch at INFO through java.util.logging; the commands report progress themselves. */
    static void quietTribuoLogging() {
        TRIBUO.setLevel(Level.WARNING);
    }

    static Progress progress(PrintWriter err) {
        return Progress.printingTo(err);
    }
}
