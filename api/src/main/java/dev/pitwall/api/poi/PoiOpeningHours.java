package dev.pitwall.api.poi;

import dev.pitwall.core.poi.OpeningHours;
import dev.pitwall.core.poi.OpeningInterval;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.List;

/**
 * A POI's weekly opening hours as the POI file states them: its time zone and, per weekday, the intervals in
 * local wall-clock time written {@code HH:MM-HH:MM}. Every day is present; an empty list means closed.
 */
@Schema(description = "Weekly opening hours in the POI's own time zone, as in the POI file: per weekday the "
        + "intervals 'HH:MM-HH:MM' in local wall-clock time, an empty list when closed. An interval whose closing "
        + "time is at or before its opening time runs overnight into the next day ('22:00-06:00' on sat is open "
        + "Saturday 22:00 to Sunday 06:00); '00:00-24:00' is the whole day (a file's alwaysOpen is 00:00-24:00 "
        + "every day). No public holidays or one-off closures.", example = """
        {"timeZone": "Europe/Berlin", "mon": ["07:30-12:00", "13:00-18:00"], "tue": ["07:30-18:00"],
         "wed": ["07:30-18:00"], "thu": ["07:30-18:00"], "fri": ["07:30-16:00"], "sat": ["22:00-06:00"], "sun": []}""")
public record PoiOpeningHours(
        @Schema(description = "IANA time zone the times are local to", example = "Europe/Berlin") String timeZone,
        List<String> mon, List<String> tue, List<String> wed, List<String> thu, List<String> fri, List<String> sat,
        List<String> sun) {

    static PoiOpeningHours of(OpeningHours hours) {
        return new PoiOpeningHours(hours.timeZone().getId(), day(hours, DayOfWeek.MONDAY),
                day(hours, DayOfWeek.TUESDAY), day(hours, DayOfWeek.WEDNESDAY), day(hours, DayOfWeek.THURSDAY),
                day(hours, DayOfWeek.FRIDAY), day(hours, DayOfWeek.SATURDAY), day(hours, DayOfWeek.SUNDAY));
    }

    private static List<String> day(OpeningHours hours, DayOfWeek day) {
        return hours.on(day).stream().map(OpeningInterval::toString).toList();
    }
}
