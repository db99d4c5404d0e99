package dev.pitwall.core.poi;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One opening interval of a day in local time, in minutes since midnight. The interval starts on its day; a closing
 * time at or before the opening time means it runs overnight into the next day ({@code 22:00-06:00}).
 * {@code 00:00-24:00} is the whole day.
 *
 * @param opensMinute  minute of the day the POI opens, 0..1439
 * @param closesMinute minute of the day it closes, 0..1440 (1440 = midnight at the end of the day)
 */
public record OpeningInterval(int opensMinute, int closesMinute) {

    private static final Pattern TEXT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
    static final String EXPECTED = "'HH:MM-HH:MM' such as '07:30-18:00', '22:00-06:00' (overnight) or '00:00-24:00'";

    public OpeningInterval {
        if (opensMinute < 0 || opensMinute >= 1440) {
            throw new InvalidPoiException("opens: expected 00:00..23:59, got minute " + opensMinute);
        }
        if (closesMinute < 0 || closesMinute > 1440) {
            throw new InvalidPoiException("closes: expected 00:00..24:00, got minute " + closesMinute);
        }
        if (closesMinute == opensMinute) {
            throw new InvalidPoiException("closes: expected a time other than the opening time "
                    + hhmm(opensMinute) + " (write 00:00-24:00 for the whole day)");
        }
    }

    /** Parses {@code HH:MM-HH:MM}. */
    public static OpeningInterval parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidPoiException("expected " + EXPECTED + ", got '" + text + "'");
        }
        int oh = Integer.parseInt(m.group(1));
        int om = Integer.parseInt(m.group(2));
        int ch = Integer.parseInt(m.group(3));
        int cm = Integer.parseInt(m.group(4));
        if (oh > 23 || om > 59 || cm > 59 || ch > 24 || (ch == 24 && cm != 0)) {
            throw new InvalidPoiException("expected " + EXPECTED + " with real times, got '" + text + "'");
        }
        return new OpeningInterval(oh * 60 + om, ch * 60 + cm);
    }

    /** Whether the interval runs past midnight into the next day. */
    public boolean overnight() {
        return closesMinute < opensMinute;
    }

    /** Whether the POI is open at this local time of the interval's own day. */
    boolean coversSameDay(LocalTime time) {
        int second = time.toSecondOfDay();
        int opens = opensMinute * 60;
        return overnight() ? second >= opens : second >= opens && second < closesMinute * 60;
    }

    /** Whether the overnight part of the interval, started the day before, covers this local time. */
    boolean coversNextDay(LocalTime time) {
        return overnight() && time.toSecondOfDay() < closesMinute * 60;
    }

    @Override
    public String toString() {
        return hhmm(opensMinute) + "-" + hhmm(closesMinute);
    }

    private static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
