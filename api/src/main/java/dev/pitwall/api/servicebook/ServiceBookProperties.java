package dev.pitwall.api.servicebook;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the service-book endpoints ({@code pitwall.api.service-book.*}). The defaults are written here, next
 * to what they mean, because this feature's properties are its own; override any of them like every other
 * property (environment variable {@code PITWALL_API_SERVICE_BOOK_ODOMETER_TOLERANCE_KM}, {@code --property=value}).
 *
 * @param defaultHistoryLimit   history entries in a service book when the caller gives no {@code limit}
 * @param maxHistoryLimit       the most a caller may ask for
 * @param odometerToleranceKm   how far a recorded service's odometer may lie beyond the vehicle's newest reported
 *                              one: the car may have driven to the workshop since, or be offline
 * @param engineHoursTolerance  likewise for engine hours
 * @param clockSkew             how far in the future {@code performedAt} may lie, for clocks slightly ahead
 * @param engineHoursLookback   a service recorded without engine hours takes the vehicle's newest engine hours
 *                              reported at most this long before {@code performedAt}
 * @param schedulesFile         maintenance schedules in the format of core's {@code servicebook/schedules.json}
 *                              to use instead of the built-in ones; unset: the built-in ones
 */
@Validated
@ConfigurationProperties("pitwall.api.service-book")
public record ServiceBookProperties(
        @DefaultValue("50") @Min(1) int defaultHistoryLimit,
        @DefaultValue("500") @Min(1) int maxHistoryLimit,
        @DefaultValue("500") @PositiveOrZero double odometerToleranceKm,
        @DefaultValue("24") @PositiveOrZero double engineHoursTolerance,
        @DefaultValue("5m") @NotNull Duration clockSkew,
        @DefaultValue("7d") @NotNull Duration engineHoursLookback,
        Path schedulesFile) {

    public ServiceBookProperties {
        if (defaultHistoryLimit > maxHistoryLimit) {
            throw new IllegalArgumentException("pitwall.api.service-book: expected default-history-limit <= "
                    + "max-history-limit, got " + defaultHistoryLimit + " and " + maxHistoryLimit);
        }
    }
}
