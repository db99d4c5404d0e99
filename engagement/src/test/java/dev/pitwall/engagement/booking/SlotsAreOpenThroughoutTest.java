package dev.pitwall.engagement.booking;

import static dev.pitwall.engagement.booking.Workshops.calendar;
import static dev.pitwall.engagement.booking.Workshops.hours;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.poi.OpeningHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The slot finder against core's own judgement of opening hours, {@link OpeningHours#isOpenAt}, minute by minute
 * over a whole year in zones with unusual clock changes: a slot is never offered while the workshop is closed.
 */
class SlotsAreOpenThroughoutTest {

    static final SlotFinder FINDER = new SlotFinder(new BookingRules(Duration.ZERO, Duration.ofDays(400),
            Duration.ofMinutes(15), 14));
    static final LocalDate FIRST = LocalDate.parse("2026-01-05");
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "America/Havana", "Australia/Lord_Howe",
            "Asia/Kathmandu", "Pacific/Chatham"})
    void everyMinuteOfEverySlotIsOpenTime(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        // lunch breaks, a night shift with a morning one right after it, intervals at and around midnight
        OpeningHours hours = hours(zone, "mon 00:00-02:30 08:00-12:00 13:00-17:00", "tue 07:30-18:00",
                "wed 01:30-03:30 22:00-06:00", "thu 06:00-10:00 23:00-24:00", "fri 00:00-24:00",
                "sat 02:00-03:00 12:00-01:00", "sun 01:00-05:00");
        WorkshopCalendar workshop = calendar(hours, 1, 0);
        int slots = 0;
        for (Duration visit : List.of(Duration.ofMinutes(15), Duration.ofMinutes(45), Duration.ofMinutes(150))) {
            for (LocalDate from = FIRST; from.isBefore(FIRST.plusDays(364)); from = from.plusDays(14)) {
                for (Slot slot : FINDER.slots(workshop, visit, from, 14, NOW)) {
                    assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(visit);
                    for (Instant t = slot.start(); t.isBefore(slot.end()); t = t.plus(1, ChronoUnit.MINUTES)) {
                        assertThat(hours.isOpenAt(t)).as("%s open at %s (%s) within %s", zoneId, t,
                                t.atZone(zone), slot).isTrue();
                    }
                    slots++;
                }
            }
        }
        assertThat(slots).as("slots checked").isGreaterThan(20_000);
    }
}
