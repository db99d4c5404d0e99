package dev.pitwall.core.alarm;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * When a condition has lasted long enough to become an alarm, in event time. {@link #DEFAULTS} is what Pitwall
 * ships; the stream job takes each value from an option ({@code --alarm-*}, docs/alarms.md). Serializable because
 * the job's operator carries the rules to its tasks; they are configuration, never part of a vehicle's state.
 *
 * @param offlineAfter        silence after a vehicle's newest message that makes it offline
 * @param dtcActiveFor        how long one trouble code must stay active
 * @param batteryLowVolts     12 V battery voltage below which a vehicle at rest counts as low
 * @param batteryLowParkedFor how long the battery must stay low with the engine off
 */
public record AlarmRules(Duration offlineAfter, Duration dtcActiveFor, double batteryLowVolts,
        Duration batteryLowParkedFor) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The highest 12 V battery voltage the telemetry contract accepts. */
    public static final double MAX_VOLTS = 36.0;

    public static final AlarmRules DEFAULTS =
            new AlarmRules(Duration.ofMinutes(10), Duration.ofHours(1), 11.8, Duration.ofHours(6));

    /** @throws IllegalArgumentException naming the rule and what was expected */
    public AlarmRules {
        requirePositive("offlineAfter", offlineAfter);
        requirePositive("dtcActiveFor", dtcActiveFor);
        requirePositive("batteryLowParkedFor", batteryLowParkedFor);
        if (!(batteryLowVolts > 0 && batteryLowVolts <= MAX_VOLTS)) {
            throw new IllegalArgumentException("batteryLowVolts: expected a voltage above 0 and at most " + MAX_VOLTS
                    + " V, got " + batteryLowVolts);
        }
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": expected a positive duration, got " + value);
        }
    }
}
