package dev.pitwall.engagement.booking;

import static dev.pitwall.engagement.booking.Workshops.BERLIN;
import static dev.pitwall.engagement.booking.Workshops.hours;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.poi.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningsTest {

    static Opening opening(String opens, String closes, String until) {
        return new Opening(Instant.parse(opens), Instant.parse(closes), Instant.parse(until));
    }

    @Test
    void convertsWallClockTimesInTheWorkshopsZone() {
        // 2026-01-12 is a Monday; Berlin is UTC+1 in winter
        List<Opening> openings = Openings.between(Workshops.WITH_LUNCH_BREAK, LocalDate.parse("2026-01-11"),
                LocalDate.parse("2026-01-12"));

        assertThat(openings).containsExactly(
                opening("2026-01-12T07:00:00Z", "2026-01-12T11:00:00Z", "2026-01-12T11:00:00Z"),
                opening("2026-01-12T12:00:00Z", "2026-01-12T16:00:00Z", "2026-01-12T16:00:00Z"));
    }

    @Test
    void anIntervalAcrossTheSpringChangeIsAnHourShorter() {
        // 2026-03-29, Sunday: Berlin's clocks jump from 02:00 to 03:00
        OpeningHours hours = hours(BERLIN, "sun 01:00-05:00");

        assertThat(Openings.between(hours, LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29")))
                .containsExactly(opening("2026-03-29T00:00:00Z", "2026-03-29T03:00:00Z", "2026-03-29T03:00:00Z"));
    }

    @Test
    void aSkippedOpeningTimeOpensWhenTheClocksJump() {
        OpeningHours hours = hours(BERLIN, "sun 02:30-05:00");

        assertThat(Openings.between(hours, LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29")))
                .containsExactly(opening("2026-03-29T01:00:00Z", "2026-03-29T03:00:00Z", "2026-03-29T03:00:00Z"));
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T01:00:00Z"))).isTrue();
    }

    @Test
    void anIntervalInsideTheSkippedHourDoesNotExist() {
        OpeningHours hours = hours(BERLIN, "sun 02:10-02:50");

        assertThat(Openings.between(hours, LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"))).isEmpty();
        assertThat(Openings.between(hours, LocalDate.parse("2026-04-05"), LocalDate.parse("2026-04-05")))
                .hasSize(1);
    }

    @Test
    void anIntervalAcrossTheAutumnChangeIsAnHourLongerAndARepeatedTimeIsItsFirstOccurrence() {
        // 2026-10-25, Sunday: Berlin's clocks go back from 03:00 to 02:00
        OpeningHours hours = hours(BERLIN, "sun 01:00-04:00");
        OpeningHours repeated = hours(BERLIN, "sun 02:30-05:00");

        assertThat(Openings.between(hours, LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25")))
                .containsExactly(opening("2026-10-24T23:00:00Z", "2026-10-25T03:00:00Z", "2026-10-25T03:00:00Z"));
        assertThat(Openings.between(repeated, LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25")))
                .containsExactly(opening("2026-10-25T00:30:00Z", "2026-10-25T04:00:00Z", "2026-10-25T04:00:00Z"));
    }

    @Test
    void anOvernightIntervalClosesTheNextDayAndRunsOnIntoTheMorningsInterval() {
        OpeningHours hours = hours(BERLIN, "sat 22:00-06:00", "sun 06:00-10:00");

        assertThat(Openings.between(hours, LocalDate.parse("2026-01-17"), LocalDate.parse("2026-01-18")))
                .containsExactly(
                        opening("2026-01-17T21:00:00Z", "2026-01-18T05:00:00Z", "2026-01-18T09:00:00Z"),
                        opening("2026-01-18T05:00:00Z", "2026-01-18T09:00:00Z", "2026-01-18T09:00:00Z"));
    }

    @Test
    void aWholeDayRunsOnIntoTheNextWholeDay() {
        OpeningHours always = OpeningHours.alwaysOpen(BERLIN);

        List<Opening> openings = Openings.between(always, LocalDate.parse("2026-01-12"),
                LocalDate.parse("2026-01-14"));

        assertThat(openings).extracting(Opening::openUntil).containsOnly(Instant.parse("2026-01-14T23:00:00Z"));
        assertThat(openings).extracting(Opening::closes).containsExactly(Instant.parse("2026-01-12T23:00:00Z"),
                Instant.parse("2026-01-13T23:00:00Z"), Instant.parse("2026-01-14T23:00:00Z"));
    }
}
