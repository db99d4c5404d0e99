package dev.pitwall.core.servicebook;

import java.time.Duration;
import java.util.Objects;

/**
 * One item of a maintenance schedule: its interval by distance, calendar months and engine hours (any subset,
 * at least one; whichever is reached first makes the item due), and how early it counts as due soon. A margin
 * given explicitly ({@code dueSoonKm}, {@code dueSoonDays}, {@code dueSoonEngineHours}) wins; a limit without
 * one is due soon within {@code dueSoonFraction} of its interval.
 */
public record ScheduledItem(
        ServiceItem item,
        Double intervalKm,
        Integer intervalMonths,
        Double intervalEngineHours,
        Double dueSoonKm,
        Integer dueSoonDays,
        Double dueSoonEngineHours,
        double dueSoonFraction) {

    /** Rejects what would make no sense, with a message that names the field and the value. */
    public ScheduledItem {
        Objects.requireNonNull(item, "item");
        if (intervalKm == null && intervalMonths == null && intervalEngineHours == null) {
            throw new IllegalArgumentException("expected at least one of km, months, engineHours");
        }
        positive("km", intervalKm);
        positive("months", intervalMonths == null ? null : intervalMonths.doubleValue());
        positive("engineHours", intervalEngineHours);
        margin("km", dueSoonKm, intervalKm);
        margin("engineHours", dueSoonEngineHours, intervalEngineHours);
        if (dueSoonDays != null) {
            if (intervalMonths == null) {
                throw new IllegalArgumentException("dueSoon.days given, but the item has no months interval");
            }
            // 28 days is the shortest month: the margin must stay shorter than any interval of that many months
            if (dueSoonDays < 0 || dueSoonDays >= 28L * intervalMonths) {
                throw new IllegalArgumentException("dueSoon.days: expected 0 to less than the interval ("
                        + intervalMonths + " months), got " + dueSoonDays);
            }
        }
        if (!(dueSoonFraction > 0 && dueSoonFraction < 1)) {
            throw new IllegalArgumentException("dueSoonFraction: expected more than 0 and less than 1, got "
                    + dueSoonFraction);
        }
    }

    /** How many kilometres before the distance limit the item is due soon; null without a distance interval. */
    public Double marginKm() {
        return intervalKm == null ? null : dueSoonKm != null ? dueSoonKm : dueSoonFraction * intervalKm;
    }

    /** How many engine hours before the engine-hour limit the item is due soon; null without such an interval. */
    public Double marginEngineHours() {
        return intervalEngineHours == null ? null
                : dueSoonEngineHours != null ? dueSoonEngineHours : dueSoonFraction * intervalEngineHours;
    }

    /**
     * How long before the time limit the item is due soon, for an interval that lasts {@code interval} (months
     * differ in length, so the fraction applies to the actual one).
     */
    public Duration marginTime(Duration interval) {
        return dueSoonDays != null ? Duration.ofDays(dueSoonDays)
                : Duration.ofSeconds(Math.round(interval.toSeconds() * dueSoonFraction));
    }

    private static void positive(String field, Double value) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(field + ": expected a number greater than 0, got " + value);
        }
    }

    private static void margin(String field, Double margin, Double interval) {
        if (margin == null) {
            return;
        }
        if (interval == null) {
            throw new IllegalArgumentException("dueSoon." + field + " given, but the item has no " + field
                    + " interval");
        }
        if (!(margin >= 0 && margin < interval)) {
            throw new IllegalArgumentException("dueSoon." + field + ": expected 0 to less than the interval ("
                    + interval + "), got " + margin);
        }
    }
}
