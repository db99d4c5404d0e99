package dev.pitwall.prediction.training;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A simulated fleet history as the vehicle simulator's {@code history} command writes it: telemetry as
 * telemetry-v1 JSON lines (gzip), the ground truth of failures, repairs and services, and the fleet's vehicles.
 */
public record HistoryDirectory(Path dir) {

    public static final String TELEMETRY = "telemetry.ndjson.gz";
    public static final String GROUND_TRUTH = "ground-truth.csv";
    public static final String FLEET = "fleet.csv";

    /** @throws HistoryInputException naming the directory or the missing file */
    public static HistoryDirectory open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new HistoryInputException(dir + ": not a directory (expected a fleet history with "
                    + TELEMETRY + ", " + GROUND_TRUTH + " and " + FLEET + ")");
        }
        for (String name : new String[] {TELEMETRY, GROUND_TRUTH, FLEET}) {
            if (!Files.isReadable(dir.resolve(name))) {
                throw new HistoryInputException(dir + ": " + name + " missing or unreadable (expected a fleet history with "
                        + TELEMETRY + ", " + GROUND_TRUTH + " and " + FLEET + ")");
            }
        }
        return new HistoryDirectory(dir);
    }

    public Path telemetry() {
        return dir.resolve(TELEMETRY);
    }

    public Path groundTruth() {
        return dir.resolve(GROUND_TRUTH);
    }

    public Path fleet() {
        return dir.resolve(FLEET);
    }
}
