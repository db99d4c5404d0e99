package dev.pitwall.prediction.training;

import java.io.PrintWriter;

/** Where long-running steps report how far they are (the CLI prints to stderr; tests stay quiet). */
public interface Progress {

    Progress SILENT = new Progress() {
        @Override
        public void fraction(String stage, double done) {
        }

        @Override
        public void step(String message) {
        }
    };

    /** {@code done} in [0, 1] of {@code stage}, e.g. ("loading telemetry", 0.42). Called often; implementations throttle. */
    void fraction(String stage, double done);

    /** A step that starts now, e.g. "training BATTERY xgboost". */
    void step(String message);

    /** Prints "stage 42% …" lines whenever a stage advances by at least 5 points, and each step on its own line. */
    static Progress printingTo(PrintWriter out) {
        return new Progress() {
            private String lastStage;
            private int lastPercent = -1;

            @Override
            public synchronized void fraction(String stage, double done) {
                int percent = (int) Math.floor(Math.max(0, Math.min(1, done)) * 100);
                if (!stage.equals(lastStage) || percent >= lastPercent + 5 || (percent == 100 && lastPercent != 100)) {
                    out.println(stage + " " + percent + "% …");
                    out.flush();
                    lastStage = stage;
                    lastPercent = percent;
                }
            }

            @Override
            public synchronized void step(String message) {
                out.println(message + " …");
                out.flush();
                lastStage = null;
            }
        };
    }
}
