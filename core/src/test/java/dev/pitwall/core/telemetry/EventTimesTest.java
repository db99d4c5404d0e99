package dev.pitwall.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTimesTest {

    @Test
    void canonicalFormGivesWhatInstantParseGives() {
        var random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", random.nextInt(10_000),
                    random.nextInt(14), random.nextInt(33), random.nextInt(25), random.nextInt(61), random.nextInt(61),
                    fraction(random));
            Instant fast = EventTimes.parseCanonicalUtc(text);
            Instant expected = instantParseOrNull(text);
            if (fast != null) {
                assertThat(fast).as(text).isEqualTo(expected);
            } else if (expected != null) {
                // a leap second, or an empty fraction (which the schema's date-time format rejects anyway)
                assertThat(text.contains(":60") || text.endsWith(".Z")).as(text).isTrue();
            }
        }
    }

    @Test
    void everyInstantRoundTripsThroughItsCanonicalForm() {
        var random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertThat(EventTimes.parseCanonicalUtc(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22T10:15:30+02:00", "2026-11-22t08:15:30z", "2016-12-31T23:59:60Z",
        "12026-11-22T08:15:30Z", "+12026-11-22T08:15:30Z", "2026-11-22T08:15:30.1234567891Z", "2026-11-22T08:15:30.Z",
        "2026-11-22T08:15:30", "2026-11-22 08:15:30Z", "2026-02-29T00:00:00Z", "2026-11-22T24:00:00Z",
        "2026-11-22T08:15:30,5Z", "-001-11-22T08:15:30Z", "2026-11-22T08:15:30ZZ", "", "yesterday"})
    void leavesEverythingElseToTheLenientParsers(String text) {
        assertThat(EventTimes.parseCanonicalUtc(text)).isNull();
        Instant before = oldParseOrNull(text);
        if (before == null) {
            assertThatThrownBy(() -> EventTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
        } else {
            assertThat(EventTimes.parse(text)).isEqualTo(before);
        }
    }

    @Test
    void offsetsAreNormalisedToUtcAsBefore() {
        assertThat(EventTimes.parse("2026-11-22T10:15:30+02:00")).isEqualTo(Instant.parse("2026-11-22T08:15:30Z"));
        assertThat(EventTimes.parse("2026-11-22T08:15:30.250Z")).isEqualTo(Instant.parse("2026-11-22T08:15:30.250Z"));
    }

    private static String fraction(SplittableRandom random) {
        int digits = random.nextInt(11);
        if (digits == 0) {
            return random.nextBoolean() ? "" : ".";
        }
        StringBuilder out = new StringBuilder(".");
        for (int i = 0; i < digits; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    private static Instant instantParseOrNull(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** What TelemetryCodec did before the canonical form was read by position. */
    private static Instant oldParseOrNull(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
