package dev.pitwall.api.web;

import dev.pitwall.api.ApiProperties;
import java.time.Duration;
import java.time.Instant;

/** A validated, bounded half-open interval of event time: {@code from <= t < to}. */
public record TimeRange(Instant from, Instant to) {

    /**
     * Fills in what the caller left out ({@code to} = now, {@code from} = {@code to} minus the default range)
     * and rejects an empty, inverted or too long range, naming {@code from} or {@code to}.
     */
    public static TimeRange of(Instant from, Instant to, ApiProperties.TimeWindow window, Instant now) {
        Instant end = to != null ? to : now;
        Instant start = from != null ? from : end.minus(window.defaultRange());
        if (!start.isBefore(end)) {
            String culprit = from != null ? "from" : "to";
            throw new InvalidParameterException(culprit, "'from' before 'to' (from " + start + ", to " + end + ")",
                    from != null ? from : to);
        }
        Duration length = Duration.between(start, end);
        if (length.compareTo(window.maxRange()) > 0) {
            throw new InvalidParameterException("from", "a range of at most " + describe(window.maxRange())
                    + " between 'from' and 'to' (to is " + end + ")", start);
        }
        return new TimeRange(start, end);
    }

    /** This range without what lies before {@code earliest}; empty ({@code from == to}) if all of it does. */
    public TimeRange notBefore(Instant earliest) {
        if (!earliest.isAfter(from)) {
            return this;
        }
        return new TimeRange(earliest.isBefore(to) ? earliest : to, to);
    }

    static String describe(Duration d) {
        if (d.toSeconds() % 86_400 == 0) {
            return d.toDays() + " days";
        }
        if (d.toSeconds() % 3_600 == 0) {
            return d.toHours() + " hours";
        }
        return d.toString();
    }
}
