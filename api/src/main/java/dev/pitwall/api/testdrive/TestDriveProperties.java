package dev.pitwall.api.testdrive;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Test drives at dealers ({@code pitwall.test-drives.*}, docs/test-drives.md); the values live in application.yml.
 * Lead time, horizon, slot grid and search limits are the maintenance bookings' ({@code pitwall.booking.*}); which
 * dealers are within reach is the repurchase recommendation's ({@code pitwall.repurchase.dealers} and
 * {@code dealer-max-distance-km}), so that a recommended dealer is always one where a test drive can be searched.
 *
 * @param duration         how long a test drive takes, from handing over the keys to getting them back
 * @param demoCarsPerModel demo cars each dealer keeps of each model of its brand in the model catalog
 */
@Validated
@ConfigurationProperties("pitwall.test-drives")
public record TestDriveProperties(@NotNull Duration duration, @Min(1) @Max(100) int demoCarsPerModel) {

    public TestDriveProperties {
        if (duration != null && (duration.isNegative() || duration.isZero() || duration.toHours() > 24)) {
            throw new IllegalArgumentException("pitwall.test-drives.duration: expected more than 0 and at most "
                    + "PT24H, got " + duration);
        }
    }
}
