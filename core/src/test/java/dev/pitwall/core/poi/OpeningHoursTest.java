package dev.pitwall.core.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Mon-Fri 08:00-12:00 and 13:00-18:00, Sat 22:00-06:00 (overnight into Sunday), Sun 20:00-02:00. */
    static final OpeningHours HOURS = new OpeningHours(BERLIN, Map.of(
            DayOfWeek.MONDAY, List.of(interval("13:00-18:00"), interval("08:00-12:00")),
            DayOfWeek.TUESDAY, List.of(interval("08:00-12:00"), interval("13:00-18:00")),
            DayOfWeek.WEDNESDAY, List.of(interval("08:00-12:00"), interval("13:00-18:00")),
            DayOfWeek.THURSDAY, List.of(interval("08:00-12:00"), interval("13:00-18:00")),
            DayOfWeek.FRIDAY, List.of(interval("08:00-12:00"), interval("13:00-18:00")),
            DayOfWeek.SATURDAY, List.of(interval("22:00-06:00")),
            DayOfWeek.SUNDAY, List.of(interval("20:00-02:00"))));

    // 2026-01-12 is a Monday; Berlin is UTC+1 in January
    @ParameterizedTest
    @CsvSource({
            "2026-01-12T06:59:59Z, false", // 07:59:59 local
            "2026-01-12T07:00:00Z, true",  // 08:00 opens
            "2026-01-12T10:59:59Z, true",
            "2026-01-12T11:00:00Z, false", // 12:00 lunch: the closing minute is closed
            "2026-01-12T12:00:00Z, true",  // 13:00
            "2026-01-12T17:00:00Z, false", // 18:00
            "2026-01-12T00:30:00Z, true",  // Monday 01:30 local: Sunday's 20:00-02:00 still runs
            "2026-01-12T01:00:00Z, false", // Monday 02:00 local: it has ended
            "2026-01-17T20:59:00Z, false", // Saturday 21:59
            "2026-01-17T21:00:00Z, true",  // Saturday 22:00
            "2026-01-18T04:59:00Z, true",  // Sunday 05:59, from Saturday night
            "2026-01-18T05:00:00Z, false", // Sunday 06:00
            "2026-01-18T19:00:00Z, true"}) // Sunday 20:00
    void isOpenAtJudgesLocalTimeIncludingLastNightsInterval(String instant, boolean open) {
        assertThat(HOURS.isOpenAt(Instant.parse(instant))).isEqualTo(open);
    }

    @Test
    void theSameInstantIsJudgedInThePoisOwnTimeZone() {
        OpeningHours tokyo = new OpeningHours(ZoneId.of("Asia/Tokyo"), HOURS.week());
        Instant mondayNineUtc = Instant.parse("2026-01-12T09:00:00Z"); // 10:00 Berlin, 18:00 Tokyo
        assertThat(HOURS.isOpenAt(mondayNineUtc)).isTrue();
        assertThat(tokyo.isOpenAt(mondayNineUtc)).isFalse();
        assertThat(tokyo.isOpenAt(Instant.parse("2026-01-12T00:00:00Z"))).isTrue(); // 09:00 Tokyo
    }

    @Test
    void openingTimesStayWallClockTimesAcrossDaylightSavingChange() {
        // Berlin moves from UTC+1 to UTC+2 at 02:00 on Sunday 2026-03-29
        assertThat(HOURS.isOpenAt(Instant.parse("2026-03-27T07:00:00Z"))).isTrue();  // Fri 08:00 CET
        assertThat(HOURS.isOpenAt(Instant.parse("2026-03-30T06:00:00Z"))).isTrue();  // Mon 08:00 CEST
        assertThat(HOURS.isOpenAt(Instant.parse("2026-03-30T05:59:00Z"))).isFalse(); // Mon 07:59 CEST
        // the Saturday night interval spans the change: 06:00 CEST Sunday is 04:00 UTC
        assertThat(HOURS.isOpenAt(Instant.parse("2026-03-29T03:59:00Z"))).isTrue();
        assertThat(HOURS.isOpenAt(Instant.parse("2026-03-29T04:00:00Z"))).isFalse();
        // and back to UTC+1 at 03:00 on Sunday 2026-10-25: 06:00 CET is 05:00 UTC
        assertThat(HOURS.isOpenAt(Instant.parse("2026-10-25T04:59:00Z"))).isTrue();
        assertThat(HOURS.isOpenAt(Instant.parse("2026-10-25T05:00:00Z"))).isFalse();
    }

    @Test
    void alwaysOpenIsOpenAtAnyTimeAndADayWithoutIntervalsIsClosed() {
        OpeningHours always = OpeningHours.alwaysOpen(BERLIN);
        assertThat(always.isOpenAt(Instant.parse("2026-01-12T23:59:59Z"))).isTrue();
        assertThat(always.isOpenAt(Instant.parse("2026-03-29T01:30:00Z"))).isTrue();
        OpeningHours mondaysOnly = new OpeningHours(BERLIN, Map.of(DayOfWeek.MONDAY, List.of(interval("00:00-24:00"))));
        assertThat(mondaysOnly.isOpenAt(Instant.parse("2026-01-12T12:00:00Z"))).isTrue();
        assertThat(mondaysOnly.isOpenAt(Instant.parse("2026-01-13T12:00:00Z"))).isFalse();
        assertThat(mondaysOnly.on(DayOfWeek.TUESDAY)).isEmpty();
    }

    @Test
    void keepsIntervalsSortedByOpeningTime() {
        assertThat(HOURS.on(DayOfWeek.MONDAY)).extracting(OpeningInterval::toString)
                .containsExactly("08:00-12:00", "13:00-18:00");
        assertThat(interval("22:00-06:00").overnight()).isTrue();
        assertThat(interval("18:00-24:00").overnight()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8-18", "08:00 - 18:00x", "25:00-26:00", "08:60-18:00", "08:00-24:30", "24:00-06:00", ""})
    void rejectsMalformedIntervalsNamingTheExpectedFormat(String text) {
        assertThatThrownBy(() -> OpeningInterval.parse(text)).isInstanceOf(InvalidPoiException.class)
                .hasMessageContaining("HH:MM-HH:MM").hasMessageContaining("'" + text + "'");
    }

    @Test
    void rejectsAnEmptyIntervalAndOverlaps() {
        assertThatThrownBy(() -> interval("08:00-08:00")).hasMessageContaining("closes")
                .hasMessageContaining("00:00-24:00");
        assertThatThrownBy(() -> new OpeningHours(BERLIN, Map.of(DayOfWeek.TUESDAY,
                List.of(interval("08:00-12:00"), interval("11:00-18:00")))))
                .isInstanceOf(InvalidPoiException.class)
                .hasMessageContaining("openingHours.tue").hasMessageContaining("08:00-12:00 overlaps 11:00-18:00");
        assertThatThrownBy(() -> new OpeningHours(BERLIN, Map.of(DayOfWeek.FRIDAY,
                List.of(interval("20:00-02:00"), interval("21:00-23:00")))))
                .hasMessageContaining("openingHours.fri");
        assertThatThrownBy(() -> new OpeningHours(null, Map.of())).hasMessageContaining("timeZone");
    }

    private static OpeningInterval interval(String text) {
        return OpeningInterval.parse(text);
    }
}
