package dev.pitwall.engagement.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When renewal offers go out: a stage per lead time before a product's end, e.g. 60, 30 and 7 days. On any day the
 * product is in the latest stage whose day has come; an offer of a stage is valid until the next stage's day (when a
 * fresher offer replaces it) or, for the last stage, until the end itself.
 */
public record RenewalSchedule(List<Integer> daysBefore) {

    public RenewalSchedule {
        if (daysBefore == null || daysBefore.isEmpty()) {
            throw new IllegalArgumentException("daysBefore: expected at least one lead time in days, e.g. [60, 30, 7]");
        }
        List<Integer> sorted = new ArrayList<>(daysBefore);
        sorted.sort(Comparator.reverseOrder());
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) < 1) {
                throw new IllegalArgumentException("daysBefore: expected whole days of at least 1, got " + sorted.get(i));
            }
            if (i > 0 && sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException("daysBefore: expected distinct lead times, got " + sorted.get(i)
                        + " twice");
            }
        }
        daysBefore = List.copyOf(sorted);
    }

    public static RenewalSchedule of(Integer... daysBefore) {
        return new RenewalSchedule(List.of(daysBefore));
    }

    /** The longest lead time: products ending further away than this need no offer yet. */
    public int horizonDays() {
        return daysBefore.get(0);
    }

    /** The stage a product ending on {@code endsOn} is in on {@code today}; empty before the first and from the end. */
    public Optional<Stage> stageOn(LocalDate endsOn, LocalDate today) {
        if (!today.isBefore(endsOn)) {
            return Optional.empty();
        }
        Stage current = null;
        for (int i = 0; i < daysBefore.size(); i++) {
            LocalDate starts = endsOn.minusDays(daysBefore.get(i));
            if (starts.isAfter(today)) {
                break;
            }
            LocalDate validUntil = i + 1 < daysBefore.size() ? endsOn.minusDays(daysBefore.get(i + 1)) : endsOn;
            current = new Stage(daysBefore.get(i), starts, validUntil);
        }
        return Optional.ofNullable(current);
    }

    /**
     * One stage of a product's renewal.
     *
     * @param daysBefore its lead time
     * @param startsOn the day its offer goes out
     * @param validUntil the first day its offer is no longer valid (exclusive)
     */
    public record Stage(int daysBefore, LocalDate startsOn, LocalDate validUntil) {
    }
}
