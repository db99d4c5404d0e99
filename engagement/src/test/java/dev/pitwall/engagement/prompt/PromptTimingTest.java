package dev.pitwall.engagement.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PromptTimingTest {

    final PromptTiming timing = PromptTiming.defaults(); // 21:00-08:00 Europe/Berlin

    @Test
    void aPromptInTheDayGoesAtOnce() {
        Instant noon = Instant.parse("2027-03-01T11:00:00Z"); // 12:00 in Berlin
        assertThat(timing.sendAt(noon, false)).isEqualTo(noon);
    }

    @Test
    void aPromptInTheEveningWaitsForTheMorning() {
        Instant evening = Instant.parse("2027-03-01T21:30:00Z"); // 22:30 in Berlin
        assertThat(timing.sendAt(evening, false)).isEqualTo(Instant.parse("2027-03-02T07:00:00Z"));
    }

    @Test
    void aPromptAfterMidnightWaitsForTheSameMorning() {
        Instant night = Instant.parse("2027-03-02T02:00:00Z"); // 03:00 in Berlin
        assertThat(timing.sendAt(night, false)).isEqualTo(Instant.parse("2027-03-02T07:00:00Z"));
    }

    @Test
    void theMorningAfterADaylightSavingChangeIsLocalEight() {
        Instant night = Instant.parse("2027-03-28T00:30:00Z"); // 01:30 CET, clocks go forward at 02:00
        assertThat(timing.sendAt(night, false)).isEqualTo(Instant.parse("2027-03-28T06:00:00Z")); // 08:00 CEST
    }

    @Test
    void anUrgentPromptIgnoresQuietHours() {
        Instant night = Instant.parse("2027-03-02T02:00:00Z");
        assertThat(timing.sendAt(night, true)).isEqualTo(night);
    }

    @Test
    void quietHoursWithinADayAndNoneAtAll() {
        PromptTiming lunch = new PromptTiming(LocalTime.of(12, 0), LocalTime.of(13, 0), ZoneId.of("UTC"));
        assertThat(lunch.isQuiet(Instant.parse("2027-03-01T12:30:00Z"))).isTrue();
        assertThat(lunch.isQuiet(Instant.parse("2027-03-01T13:00:00Z"))).isFalse();
        PromptTiming never = new PromptTiming(LocalTime.NOON, LocalTime.NOON, ZoneId.of("UTC"));
        assertThat(never.isQuiet(Instant.parse("2027-03-01T12:00:00Z"))).isFalse();
    }
}
