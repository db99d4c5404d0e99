package dev.pitwall.engagement.booking;

import static dev.pitwall.engagement.booking.Workshops.BERLIN;
import static dev.pitwall.engagement.booking.Workshops.WITH_LUNCH_BREAK;
import static dev.pitwall.engagement.booking.Workshops.calendar;
import static dev.pitwall.engagement.booking.Workshops.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.poi.OpeningHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    static final Duration HOUR = Duration.ofHours(1);
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final LocalDate MONDAY = LocalDate.parse("2026-01-12");
    /** The Thursday before: Monday lies well past any lead time and well within the horizon. */
    static final Instant LONG_BEFORE = Instant.parse("2026-01-08T10:00:00Z");

    final SlotFinder finder = new SlotFinder(new BookingRules(Duration.ofHours(2), Duration.ofDays(60), HALF_HOUR,
            14));

    static Instant at(LocalDate date, String localTime, ZoneId zone) {
        return date.atTime(LocalTime.parse(localTime)).atZone(zone).toInstant();
    }

    static Instant berlin(String localTime) {
        return at(MONDAY, localTime, BERLIN);
    }

    static List<String> localStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(s -> s.start().atZone(zone).toLocalTime().toString()).toList();
    }

    static Occupancy booked(int bay, String from, String to) {
        return new Occupancy(bay, berlin(from), berlin(to), false);
    }

    @Test
    void offersEveryGridStartWhoseVisitEndsBeforeTheBreak() {
        List<Slot> slots = finder.slots(calendar(WITH_LUNCH_BREAK, 2, 0), HOUR, MONDAY, 1, LONG_BEFORE);

        assertThat(localStarts(slots, BERLIN)).containsExactly("08:00", "08:30", "09:00", "09:30", "10:00", "10:30",
                "11:00", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00");
        assertThat(slots).allSatisfy(s -> {
            assertThat(Duration.between(s.start(), s.end())).isEqualTo(HOUR);
            assertThat(s.freeBays()).containsExactly(1, 2);
        });
    }

    @Test
    void aVisitLongerThanTheGridStepStillStartsOnTheGrid() {
        List<Slot> slots = finder.slots(calendar(WITH_LUNCH_BREAK, 1, 0), Duration.ofMinutes(45), MONDAY, 1,
                LONG_BEFORE);

        assertThat(localStarts(slots, BERLIN)).startsWith("08:00", "08:30").contains("11:00", "16:00")
                .doesNotContain("11:30", "16:30", "08:15").hasSize(14);
    }

    @Test
    void aVisitLongerThanAnIntervalIsNeverOffered() {
        assertThat(finder.slots(calendar(WITH_LUNCH_BREAK, 1, 0), Duration.ofHours(5), MONDAY, 7, LONG_BEFORE))
                .isEmpty();
    }

    @Test
    void offersNothingOnClosedDays() {
        LocalDate sunday = LocalDate.parse("2026-01-11");

        assertThat(finder.slots(calendar(WITH_LUNCH_BREAK, 1, 0), HOUR, sunday, 1, LONG_BEFORE)).isEmpty();
        List<Slot> weekend = finder.slots(calendar(WITH_LUNCH_BREAK, 1, 0), HOUR, LocalDate.parse("2026-01-10"), 2,
                LONG_BEFORE);
        assertThat(weekend).extracting(s -> s.start().atZone(BERLIN).toLocalDate().toString())
                .containsOnly("2026-01-10");
        assertThat(localStarts(weekend, BERLIN)).containsExactly("08:00", "08:30", "09:00", "09:30", "10:00",
                "10:30", "11:00");
    }

    @Test
    void keepsTheLeadTimeAndTheHorizon() {
        Instant mondayTen = berlin("09:10");

        List<Slot> slots = finder.slots(calendar(WITH_LUNCH_BREAK, 1, 0), HOUR, MONDAY, 1, mondayTen);

        assertThat(localStarts(slots, BERLIN)).first().isEqualTo("13:00"); // 11:30 is on the grid but ends at 12:30
        SlotFinder week = new SlotFinder(new BookingRules(Duration.ZERO, Duration.ofDays(7), HALF_HOUR, 14));
        List<Slot> twoWeeks = week.slots(calendar(WITH_LUNCH_BREAK, 1, 0), HOUR, MONDAY, 14, berlin("08:00"));
        assertThat(twoWeeks.get(0).start()).isEqualTo(berlin("08:00"));
        assertThat(twoWeeks.get(twoWeeks.size() - 1).start()).isEqualTo(berlin("08:00").plus(Duration.ofDays(7)));
    }

    @Test
    void aFullyBookedDayHasSlotsButNoneFree() {
        WorkshopCalendar full = calendar(WITH_LUNCH_BREAK, 1, 0, booked(1, "08:00", "12:00"),
                booked(1, "13:00", "17:00"));

        assertThat(finder.slots(full, HOUR, MONDAY, 1, LONG_BEFORE)).hasSize(14).noneMatch(Slot::available);
        assertThat(finder.freeSlots(full, HOUR, MONDAY, 1, false, LONG_BEFORE)).isEmpty();
    }

    @Test
    void aPartlyOverlappingBookingTakesItsBayOnlyForTheSlotsItTouches() {
        WorkshopCalendar calendar = calendar(WITH_LUNCH_BREAK, 2, 0, booked(1, "09:15", "10:15"),
                booked(2, "07:00", "08:30"), booked(3, "08:00", "17:00")); // bay 3 no longer exists

        List<Slot> slots = finder.slots(calendar, HOUR, MONDAY, 1, LONG_BEFORE);

        assertThat(slots.subList(0, 6)).extracting(Slot::freeBays).containsExactly(
                List.of(1),    // 08:00-09:00: bay 2 is taken until 08:30
                List.of(2),    // 08:30-09:30: bay 2 is free from 08:30 on, bay 1 taken from 09:15
                List.of(2),    // 09:00-10:00
                List.of(2),    // 09:30-10:30
                List.of(2),    // 10:00-11:00: bay 1 is taken until 10:15
                List.of(1, 2)); // 10:30-11:30
    }

    @Test
    void findsTheSlotABookingAsksForAndOnlyThat() {
        WorkshopCalendar calendar = calendar(WITH_LUNCH_BREAK, 1, 0, booked(1, "10:00", "11:00"));

        assertThat(finder.slotAt(calendar, HOUR, berlin("09:00"), LONG_BEFORE)).get()
                .satisfies(s -> assertThat(s.freeBays()).containsExactly(1));
        assertThat(finder.slotAt(calendar, HOUR, berlin("10:30"), LONG_BEFORE)).get()
                .satisfies(s -> assertThat(s.available()).isFalse());
        assertThat(finder.slotAt(calendar, HOUR, berlin("09:10"), LONG_BEFORE)).isEmpty(); // off the grid
        assertThat(finder.slotAt(calendar, HOUR, berlin("11:30"), LONG_BEFORE)).isEmpty(); // into the break
        assertThat(finder.slotAt(calendar, HOUR, berlin("07:30"), LONG_BEFORE)).isEmpty(); // before opening
        assertThat(finder.slotAt(calendar, HOUR, berlin("09:00").plusNanos(1), LONG_BEFORE)).isEmpty();
        assertThat(finder.slotAt(calendar, HOUR, berlin("09:00"), berlin("07:30"))).isEmpty(); // lead time
        assertThat(finder.slotAt(calendar, HOUR, berlin("09:00"), berlin("09:00").minus(Duration.ofDays(61))))
                .isEmpty(); // beyond the horizon
    }

    @Test
    void theSpringChangeDayHasTwentyThreeHourlySlotsAndTheAutumnOneTwentyFive() {
        SlotFinder hourly = new SlotFinder(new BookingRules(Duration.ZERO, Duration.ofDays(366), HOUR, 14));
        WorkshopCalendar always = calendar(OpeningHours.alwaysOpen(BERLIN), 1, 0);

        List<Slot> spring = hourly.slots(always, HOUR, LocalDate.parse("2026-03-29"), 1, LONG_BEFORE);
        List<Slot> autumn = hourly.slots(always, HOUR, LocalDate.parse("2026-10-25"), 1, LONG_BEFORE);

        assertThat(spring).hasSize(23);
        assertThat(localStarts(spring, BERLIN)).doesNotContain("02:00").contains("01:00", "03:00");
        assertThat(autumn).hasSize(25);
        assertThat(autumn.stream().filter(s -> s.start().atZone(BERLIN).getHour() == 2)).hasSize(2);
    }

    @Test
    void onTheSpringChangeANightIntervalHasAnHourLess() {
        SlotFinder hourly = new SlotFinder(new BookingRules(Duration.ZERO, Duration.ofDays(366), HOUR, 14));
        WorkshopCalendar night = calendar(hours(BERLIN, "sun 01:00-05:00"), 1, 0);

        assertThat(localStarts(hourly.slots(night, HOUR, LocalDate.parse("2026-03-29"), 1, LONG_BEFORE), BERLIN))
                .containsExactly("01:00", "03:00", "04:00");
        assertThat(localStarts(hourly.slots(night, HOUR, LocalDate.parse("2026-03-22"), 1, LONG_BEFORE), BERLIN))
                .containsExactly("01:00", "02:00", "03:00", "04:00");
    }

    @Test
    void anOvernightIntervalOffersSlotsOnBothDates() {
        SlotFinder hourly = new SlotFinder(new BookingRules(Duration.ZERO, Duration.ofDays(366), HOUR, 14));
        WorkshopCalendar night = calendar(hours(BERLIN, "sat 22:00-06:00"), 1, 0);
        Duration twoHours = Duration.ofHours(2);

        List<Slot> saturday = hourly.slots(night, twoHours, LocalDate.parse("2026-01-17"), 1, LONG_BEFORE);
        List<Slot> sunday = hourly.slots(night, twoHours, LocalDate.parse("2026-01-18"), 1, LONG_BEFORE);

        assertThat(localStarts(saturday, BERLIN)).containsExactly("22:00", "23:00");
        assertThat(saturday.get(1).end()).isEqualTo(Instant.parse("2026-01-18T00:00:00Z")); // 01:00 Sunday
        assertThat(localStarts(sunday, BERLIN)).containsExactly("00:00", "01:00", "02:00", "03:00", "04:00");
    }

    @Test
    void aVisitRunsOnIntoAnIntervalThatStartsAsTheLastEnds() {
        WorkshopCalendar always = calendar(OpeningHours.alwaysOpen(BERLIN), 1, 0);

        assertThat(finder.slotAt(always, HOUR, berlin("23:30"), LONG_BEFORE)).get()
                .satisfies(s -> assertThat(s.end()).isEqualTo(berlin("23:30").plus(HOUR)));
    }

    @Test
    void countsTheCourtesyCarsLentAtTheBusiestMoment() {
        WorkshopCalendar calendar = calendar(WITH_LUNCH_BREAK, 5, 2,
                new Occupancy(1, berlin("08:00"), berlin("09:00"), true),
                new Occupancy(2, berlin("09:00"), berlin("10:00"), true),
                new Occupancy(3, berlin("09:30"), berlin("10:30"), true),
                new Occupancy(4, berlin("08:00"), berlin("11:00"), false));

        assertThat(calendar.courtesyCarsFree(berlin("08:00"), berlin("09:00"))).isEqualTo(1);
        assertThat(calendar.courtesyCarsFree(berlin("08:00"), berlin("09:30"))).isEqualTo(1); // one returned at 9
        assertThat(calendar.courtesyCarsFree(berlin("09:30"), berlin("10:00"))).isZero();
        assertThat(calendar.courtesyCarsFree(berlin("10:30"), berlin("11:00"))).isEqualTo(2);
        assertThat(finder.freeSlots(calendar, HALF_HOUR, MONDAY, 1, true, LONG_BEFORE))
                .extracting(s -> s.start().atZone(BERLIN).toLocalTime().toString())
                .doesNotContain("09:30").contains("09:00", "10:00");
    }

    @Test
    void refusesASearchOverMoreDaysThanTheRulesAllow() {
        assertThatThrownBy(() -> finder.slots(calendar(WITH_LUNCH_BREAK, 1, 0), HOUR, MONDAY, 15, LONG_BEFORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    }
}
