package dev.pitwall.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the HTTP API ({@code pitwall.api.*}). The defaults live in application.yml, the one place
 * where they are written down; a missing value fails start-up rather than falling back to a hidden one.
 */
@Validated
@ConfigurationProperties("pitwall.api")
public record ApiProperties(
        @Valid @NotNull Paging paging,
        @Valid @NotNull TimeWindow telemetry,
        @Valid @NotNull HealthHistory healthHistory) {

    /** Page size when the caller gives none, and the largest one a caller may ask for. */
    public record Paging(@Min(1) int defaultSize, @Min(1) int maxSize) {
    }

    /** Time range when the caller gives none, and the longest one a caller may ask for. */
    public record TimeWindow(@NotNull Duration defaultRange, @NotNull Duration maxRange) {
    }

    /** Time range and number of points of a health history query. */
    public record HealthHistory(
            @NotNull Duration defaultRange, @NotNull Duration maxRange, @Min(1) int defaultLimit, @Min(1) int maxLimit) {

        public TimeWindow window() {
            return new TimeWindow(defaultRange, maxRange);
        }
    }
}
