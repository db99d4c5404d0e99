package dev.pitwall.api.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How messages show an appointment's time: in the place's own zone, e.g. "Thursday 5 March 2026 at 10:00". */
public final class MessageTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    private MessageTimes() {
    }

    public static String local(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }
}
