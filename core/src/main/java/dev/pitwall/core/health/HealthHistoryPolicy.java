package dev.pitwall.core.health;

import java.time.Duration;

/**
 * Which assessments go into health history: every change of score or reasons, and otherwise one
 * per {@code heartbeat} of event time, so a chart has points without a row per message.
 */
public record HealthHistoryPolicy(Duration heartbeat) {

    public static final HealthHistoryPolicy DEFAULT = new HealthHistoryPolicy(Duration.ofMinutes(15));

    public boolean shouldRecord(HealthAssessment lastRecorded, HealthAssessment current) {
        if (lastRecorded == null || !current.sameFindingsAs(lastRecorded)) {
            return true;
        }
        return !current.eventTime().isBefore(lastRecorded.eventTime().plus(heartbeat));
    }
}
