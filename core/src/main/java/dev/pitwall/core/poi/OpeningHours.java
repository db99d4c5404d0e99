package dev.pitwall.core.poi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Weekly opening hours in a POI's own time zone: per weekday zero or more intervals (a missing day is closed).
 * Times are wall-clock times, so a shop that opens at 08:00 opens at 08:00 local time on both sides of a DST change.
 */
public record OpeningHours(ZoneId timeZone, Map<DayOfWeek, List<OpeningInterval>> week) {

    public OpeningHours {
        if (timeZone == null) {
            throw new InvalidPoiException("openingHours.timeZone: expected a time zone such as 'Europe/Berlin'");
        }
        EnumMap<DayOfWeek, List<OpeningInterval>> copy = new EnumMap<>(DayOfWeek.class);
        if (week != null) {
            week.forEach((day, intervals) -> {
                if (day == null) {
                    throw new InvalidPoiException("openingHours: expected weekdays, got null");
                }
                List<OpeningInterval> sorted = new ArrayList<>(Objects.requireNonNullElse(intervals, List.of()));
                if (sorted.contains(null)) {
                    throw new InvalidPoiException("openingHours." + key(day) + ": expected intervals, got null");
                }
                sorted.sort(Comparator.comparingInt(OpeningInterval::opensMinute));
                checkNoOverlap(day, sorted);
                if (!sorted.isEmpty()) {
                    copy.put(day, List.copyOf(sorted));
                }
            });
        }
        week = Map.copyOf(copy);
    }

    /** Open around the clock every day, as many fuel and charging stations are. */
    public static OpeningHours alwaysOpen(ZoneId timeZone) {
        Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new OpeningInterval(0, 1440)));
        }
        return new OpeningHours(timeZone, week);
    }

    /** The intervals that start on this weekday, by opening time; empty when closed. */
    public List<OpeningInterval> on(DayOfWeek day) {
        return week.getOrDefault(day, List.of());
    }

    /** Whether the POI is open at this instant, judged in its own time zone (including last night's intervals). */
    public boolean isOpenAt(Instant instant) {
        ZonedDateTime local = instant.atZone(timeZone);
        DayOfWeek today = local.getDayOfWeek();
        for (OpeningInterval interval : on(today)) {
            if (interval.coversSameDay(local.toLocalTime())) {
                return true;
            }
        }
        for (OpeningInterval interval : on(today.minus(1))) {
            if (interval.coversNextDay(local.toLocalTime())) {
                return true;
            }
        }
        return false;
    }

    /** The file format's name of a weekday: mon, tue, ... */
    static String key(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    private static void checkNoOverlap(DayOfWeek day, List<OpeningInterval> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            OpeningInterval before = sorted.get(i - 1);
            if (before.overnight() || before.closesMinute() > sorted.get(i).opensMinute()) {
                throw new InvalidPoiException("openingHours." + key(day) + ": interval " + before + " overlaps "
                        + sorted.get(i) + "; expected intervals that do not overlap, only the last may run overnight");
            }
        }
    }
}
