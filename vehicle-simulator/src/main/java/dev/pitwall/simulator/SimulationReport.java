package dev.pitwall.simulator;

import java.time.Duration;

/**
 * The outcome of a run: counts from the transport's point of view, whether everything was acknowledged, and
 * the {@link Manifest} with the exact ground truth.
 *
 * @param config the configuration the run used, with its start time resolved
 * @param published messages handed to the transport (each sample once, plus injected duplicates)
 * @param retries re-sends after a lost connection (the broker may have seen those messages twice)
 * @param rejected messages the broker refused (PUBACK reason code 0x80 or above)
 * @param allAcknowledged every published message was acknowledged (or rejected) before the drain timeout
 */
public record SimulationReport(SimulatorConfig config, Duration elapsed, long published, long acknowledged,
        long duplicates, long outOfOrder, long malformed, long retries, long rejected, long reconnects,
        boolean allAcknowledged, Manifest manifest) {

    public double publishedPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : published / seconds;
    }

    /** Samples produced: one per consumed seq. */
    public long samples() {
        return published - duplicates;
    }

    public String summary() {
        return String.format(
                "published %,d messages in %.1f s (%,.0f msg/s): %,d acknowledged, %,d duplicates, %,d out of order, "
                        + "%,d malformed, %,d re-sent after reconnects, %,d rejected by the broker, %,d reconnects; %s",
                published, elapsed.toNanos() / 1e9, publishedPerSecond(), acknowledged, duplicates, outOfOrder,
                malformed, retries, rejected, reconnects,
                allAcknowledged ? "all acknowledged" : "NOT all acknowledged");
    }
}
