package dev.pitwall.engagement.booking;

import dev.pitwall.core.poi.OpeningHours;
import dev.pitwall.core.poi.OpeningInterval;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Opening hours and calendars for the tests, written as the POI file writes them. */
final class Workshops {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Mon-Fri 08:00-12:00 and 13:00-17:00, Sat 08:00-12:00, closed on Sunday. */
    static final OpeningHours WITH_LUNCH_BREAK = hours(BERLIN,
            "mon 08:00-12:00 13:00-17:00", "tue 08:00-12:00 13:00-17:00", "wed 08:00-12:00 13:00-17:00",
            "thu 08:00-12:00 13:00-17:00", "fri 08:00-12:00 13:00-17:00", "sat 08:00-12:00");

    private Workshops() {
    }

    /** Each day as "mon 08:00-12:00 13:00-17:00"; days not named are closed. */
    static OpeningHours hours(ZoneId zone, String... days) {
        Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (String day : days) {
            String[] parts = day.split(" ");
            DayOfWeek weekday = Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().toLowerCase().startsWith(parts[0]))
                    .findFirst().orElseThrow();
            week.put(weekday, Arrays.stream(parts, 1, parts.length).map(OpeningInterval::parse).toList());
        }
        return new OpeningHours(zone, week);
    }

    static WorkshopCalendar calendar(OpeningHours hours, int bays, int courtesyCars, Occupancy... bookings) {
        return new WorkshopCalendar(hours, new WorkshopCapacity(bays, courtesyCars), List.of(bookings));
    }
}
