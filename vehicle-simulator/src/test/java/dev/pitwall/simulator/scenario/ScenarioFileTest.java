package dev.pitwall.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading scenario files: defaults, and errors that name the field and what was expected. */
class ScenarioFileTest {

    /** A valid one-vehicle scenario; tests replace one part of it with {@link #with}. */
    static final String MINIMAL = """
            {"name": "t", "start": "2026-01-05T06:00:00Z",
             "vehicles": [{"vin": "WVWZZZ1KZAW000001", "odometerKm": 100, "fuelLevelPct": 50, "tankLitres": 50,
                           "latitude": 48.1, "longitude": 11.5,
                           "steps": [STEPS]}]}
            """;

    static Scenario parse(String json) {
        return ScenarioFile.parse(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    static String with(String steps) {
        return MINIMAL.replace("STEPS", steps);
    }

    @Test
    void readsAFileAndAppliesTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, with("{\"park\": {\"duration\": \"PT10M\"}}"));

        Scenario s = ScenarioFile.read(file);

        assertThat(s.name()).isEqualTo("t");
        assertThat(s.start()).isEqualTo(Instant.parse("2026-01-05T06:00:00Z"));
        assertThat(s.reportEvery()).isEqualTo(Scenario.DEFAULT_REPORT_EVERY);
        assertThat(s.parkedReportEvery()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.telemetry()).extracting(t -> t.eventTime().toString())
                .containsExactly("2026-01-05T06:00:00Z", "2026-01-05T06:05:00Z", "2026-01-05T06:10:00Z");
        var first = s.telemetry().get(0).signals();
        assertThat(first.engineHours()).as("no engineHours in the file: none reported").isNull();
        assertThat(first.batteryVoltage()).isEqualTo(VehicleScript.DEFAULT_BATTERY_VOLTAGE);
        assertThat(first.dtcs()).isEmpty();
        assertThat(first.headingDeg()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unknown step | {\"fly\": {\"duration\": \"PT1M\"}} | /vehicles/0/steps/0/fly: unknown field",
        "two steps in one | {\"park\": {\"duration\": \"PT1M\"}, \"silence\": {\"duration\": \"PT1M\"}} | /vehicles/0/steps/0: must have at most 1 properties",
        "missing duration | {\"park\": {}} | /vehicles/0/steps/0/park/duration: expected this field, it is missing",
        "bad duration | {\"park\": {\"duration\": \"ten minutes\"}} | /vehicles/0/steps/0/park/duration: expected a duration such as PT30S, PT2H, P1D, 30s, 10m or 2h, got 'ten minutes'",
        "zero duration | {\"park\": {\"duration\": \"PT0S\"}} | /vehicles/0/steps/0/park/duration: expected a positive duration, got 'PT0S'",
        "speed too high | {\"drive\": {\"duration\": \"PT1M\", \"speedKmh\": 400}} | /vehicles/0/steps/0/drive/speedKmh: must have a maximum value of 250",
        "drive both to and duration | {\"drive\": {\"duration\": \"PT1M\", \"speedKmh\": 40, \"to\": {\"latitude\": 48, \"longitude\": 11}}} | /vehicles/0/steps/0/drive: expected exactly one of 'to', 'duration' or 'distanceKm' ('headingDeg' only without 'to')",
        "drive without length | {\"drive\": {\"speedKmh\": 40}} | /vehicles/0/steps/0/drive: expected exactly one of 'to', 'duration' or 'distanceKm' ('headingDeg' only without 'to')",
        "bad DTC | {\"setDtcs\": [\"X0301\"]} | /vehicles/0/steps/0/setDtcs/0: does not match the regex pattern",
        "unknown signal | {\"set\": {\"oilLife\": 50}} | /vehicles/0/steps/0/set/oilLife: unknown field",
        "refuel above 100 | {\"refuel\": {\"toPct\": 120}} | /vehicles/0/steps/0/refuel/toPct: must have a maximum value of 100",
        "repeat zero times | {\"repeat\": {\"times\": 0, \"steps\": [{\"park\": {\"duration\": \"PT1M\"}}]}} | /vehicles/0/steps/0/repeat/times: must have a minimum value of 1",
        "tank runs dry | {\"drive\": {\"distanceKm\": 1000, \"speedKmh\": 100}} | /vehicles/0/steps/0/drive: vehicle WVWZZZ1KZAW000001 runs out of fuel on this drive: it needs 70.0 L for 1000.0 km at 7.0 L/100 km but has 25.0 L (50.0 % of 50 L); expected a refuel step before it",
    })
    void badStepsAreRejectedNamingThePointerAndWhatWasExpected(String what, String steps, String expected) {
        assertThatThrownBy(() -> parse(with(steps)))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining(expected);
    }

    @Test
    void aDriveWithoutItsLengthIsOneErrorNotOnePerAlternative() {
        assertThatThrownBy(() -> parse(with("{\"drive\": {\"speedKmh\": 40}}")))
                .hasMessage("test.json: 1 error(s) against the scenario schema\n  /vehicles/0/steps/0/drive: expected exactly"
                        + " one of 'to', 'duration' or 'distanceKm' ('headingDeg' only without 'to')");
    }

    @Test
    void badVehicleFieldsAreRejectedNamingThem() {
        String json = with("{\"park\": {\"duration\": \"PT1M\"}}")
                .replace("WVWZZZ1KZAW000001", "WVWZZZ1KZAW00000O")
                .replace("\"tankLitres\": 50,", "");

        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("2 error(s)")
                .hasMessageContaining("/vehicles/0/tankLitres: expected this field, it is missing")
                .hasMessageContaining("/vehicles/0/vin: does not match the regex pattern");
    }

    @Test
    void aVinTwiceIsRejected() {
        String vehicle = "{\"vin\": \"WVWZZZ1KZAW000001\", \"odometerKm\": 1, \"fuelLevelPct\": 50, \"tankLitres\": 50,"
                + " \"latitude\": 48.1, \"longitude\": 11.5, \"steps\": [{\"park\": {\"duration\": \"PT1M\"}}]}";
        String json = "{\"name\": \"t\", \"start\": \"2026-01-05T06:00:00Z\", \"vehicles\": [" + vehicle + ", " + vehicle + "]}";

        assertThatThrownBy(() -> parse(json))
                .hasMessage("test.json: /vehicles/1/vin: expected each VIN once, WVWZZZ1KZAW000001 is also /vehicles/0/vin");
    }

    @Test
    void badStartTimeAndBrokenJsonAreNamed() {
        assertThatThrownBy(() -> parse(with("{\"park\": {\"duration\": \"PT1M\"}}").replace("2026-01-05T06:00:00Z", "Monday")))
                .hasMessageContaining("/start: does not match the date-time pattern");
        assertThatThrownBy(() -> parse("{\"name\": \"t\", \"name\": \"u\"}"))
                .hasMessageStartingWith("test.json: expected JSON")
                .hasMessageContaining("Duplicate field 'name'");
        assertThatThrownBy(() -> parse("[1]")).hasMessage("test.json: expected a JSON object");
    }

    @Test
    void aMissingFileOrResourceIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> ScenarioFile.read(missing))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("scenario file " + missing + ": expected an existing file, it does not exist");
        assertThatThrownBy(() -> ScenarioFile.readResource("/scenarios/nope.json"))
                .hasMessage("scenario resource /scenarios/nope.json: expected it on the classpath, it is not");
    }
}
