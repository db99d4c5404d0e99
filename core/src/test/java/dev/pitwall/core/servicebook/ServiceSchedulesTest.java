package dev.pitwall.core.servicebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceSchedulesTest {

    /** The WMIs of the simulated fleet (vehicle-simulator's VehicleModel); each should get its model's schedule. */
    static final List<String> SIMULATED_WMIS = List.of("WVW", "WBA", "WAU", "WDD", "TMB", "WF0", "W0L", "SB1");
    static final List<ServiceItem> REQUIRED = List.of(ServiceItem.OIL_SERVICE, ServiceItem.BRAKE_INSPECTION,
            ServiceItem.TIRE_ROTATION, ServiceItem.ANNUAL_INSPECTION, ServiceItem.BATTERY_CHECK,
            ServiceItem.COOLANT_SERVICE);

    static final ServiceSchedules BUILT_IN = ServiceSchedules.builtIn();

    @Test
    void builtInSchedulesCoverEverySimulatedModelAndTheRequiredItems() {
        for (String wmi : SIMULATED_WMIS) {
            ServiceSchedule schedule = BUILT_IN.forVin(wmi + "ZZZ1KZLW123456"); // model year 2020
            assertThat(schedule.id()).as(wmi).isNotEqualTo("default");
            assertThat(schedule.wmis()).as(wmi).contains(wmi);
        }
        assertThat(BUILT_IN.models()).allSatisfy(s -> assertThat(s.itemNames()).containsAll(REQUIRED));
        assertThat(BUILT_IN.defaultSchedule().itemNames()).containsAll(REQUIRED);
        assertThat(BUILT_IN.defaultSchedule().item(ServiceItem.OIL_SERVICE).orElseThrow().intervalKm())
                .isEqualTo(15_000.0);
    }

    @ParameterizedTest
    @CsvSource({
            "WVWZZZ1KZGW123456, vw-golf-7-1.5-tsi", // G = 2016
            "WVWZZZ1KZKW123456, vw-golf-7-1.5-tsi", // K = 2019
            "WVWZZZ1KZLW123456, vw-golf-8-1.5-tsi", // L = 2020
            "WVWZZZ1KZSW123456, vw-golf-8-1.5-tsi", // S = 2025
            "WBA8E9G51GNU12345, bmw-320d",          // any model year
            "SB1ZZZ1KZUW123456, toyota-corolla-1.8", // U is no year code, and the Corolla's schedule has no years
            "1HGCM82633A004352, default",           // Honda: no schedule for its WMI
            "WVWZZZ1KZUW123456, default",           // Golf with an unreadable year: no Golf schedule is for any year
            "WVWZZZ1KZEW123456, default"})          // E = 2014: before the first Golf schedule
    void choosesTheScheduleByWmiAndModelYearWithTheDefaultForTheRest(String vin, String id) {
        assertThat(BUILT_IN.forVin(vin).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"A, 2010", "F, 2015", "L, 2020", "S, 2025", "Y, 2030", "1, 2031", "9, 2039"})
    void readsTheModelYearInThe2010To2039Cycle(char code, int year) {
        assertThat(VinModelYear.of("WVWZZZ1KZ" + code + "W123456")).hasValue(year);
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', 'U', 'Z', 'I'})
    void hasNoModelYearForCharactersThatAreNoYearCode(char code) {
        assertThat(VinModelYear.of("WVWZZZ1KZ" + code + "W123456")).isEqualTo(OptionalInt.empty());
    }

    @Test
    void parsesAMinimalFileWithFractionsAndExplicitMargins() {
        ServiceSchedules schedules = parse("""
                {"version": 1, "dueSoonFraction": 0.2,
                 "default": {"id": "d", "model": "Anything", "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]},
                 "models": [{"id": "m", "model": "Model", "wmi": ["WVW"], "dueSoonFraction": 0.05,
                   "items": [{"item": "OIL_SERVICE", "km": 10000, "engineHours": 300, "dueSoon": {"km": 800}},
                             {"item": "TIRE_ROTATION", "km": 10000, "dueSoonFraction": 0.3}]}]}""");

        ScheduledItem oil = schedules.forVin("WVWZZZ1KZLW123456").item(ServiceItem.OIL_SERVICE).orElseThrow();
        assertThat(oil.marginKm()).isEqualTo(800.0);
        assertThat(oil.marginEngineHours()).isEqualTo(15.0); // the schedule's 5 %
        assertThat(oil.intervalMonths()).isNull();
        assertThat(schedules.forVin("WVWZZZ1KZLW123456").item(ServiceItem.TIRE_ROTATION).orElseThrow().marginKm())
                .isEqualTo(3_000.0);
        assertThat(schedules.defaultSchedule().items().get(0).dueSoonFraction()).isEqualTo(0.2);
    }

    @Test
    void rejectsAnUnknownItemNamingScheduleAndPosition() {
        assertInvalid(file("""
                {"item": "OIL_CHANGE", "km": 15000}"""),
                "test.json", "schedule 'golf' (Golf)", "items[0]", "unknown item 'OIL_CHANGE'", "OIL_SERVICE");
    }

    @Test
    void rejectsAnItemWithoutAnyInterval() {
        assertInvalid(file("""
                {"item": "OIL_SERVICE"}"""),
                "schedule 'golf' (Golf)", "item OIL_SERVICE", "expected at least one of km, months, engineHours");
    }

    @Test
    void rejectsMarginsThatDoNotFitTheInterval() {
        assertInvalid(file("""
                {"item": "OIL_SERVICE", "km": 15000, "dueSoon": {"km": 15000}}"""),
                "item OIL_SERVICE", "dueSoon.km", "less than the interval");
        assertInvalid(file("""
                {"item": "OIL_SERVICE", "km": 15000, "dueSoon": {"days": 30}}"""),
                "item OIL_SERVICE", "dueSoon.days given, but the item has no months interval");
        assertInvalid(file("""
                {"item": "OIL_SERVICE", "km": 15000, "dueSoonFraction": 1.5}"""),
                "item OIL_SERVICE", "dueSoonFraction");
    }

    @Test
    void rejectsNonPositiveIntervals() {
        assertInvalid(file("""
                {"item": "BRAKE_INSPECTION", "km": -1}"""), "item BRAKE_INSPECTION", "km: expected a number greater than 0");
        assertInvalid(file("""
                {"item": "BRAKE_INSPECTION", "months": 0}"""), "item BRAKE_INSPECTION", "months");
    }

    @Test
    void rejectsAnItemListedTwice() {
        assertInvalid(file("""
                {"item": "OIL_SERVICE", "km": 15000}, {"item": "OIL_SERVICE", "months": 12}"""),
                "schedule 'golf' (Golf)", "OIL_SERVICE is listed twice");
    }

    @Test
    void rejectsUnknownFieldsAndFractionalMonthsNamingThePath() {
        assertInvalid(file("""
                {"item": "OIL_SERVICE", "kms": 15000}"""), "kms", "models[0].items[0]");
        assertInvalid(file("""
                {"item": "OIL_SERVICE", "months": 12.5}"""), "models[0].items[0].months");
    }

    @Test
    void rejectsOverlappingModelYearsOfOneWmi() {
        assertInvalid("""
                {"version": 1, "dueSoonFraction": 0.1,
                 "default": {"id": "d", "model": "Anything", "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]},
                 "models": [
                   {"id": "golf-7", "model": "Golf 7", "wmi": ["WVW"], "modelYears": {"from": 2015, "to": 2020},
                    "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]},
                   {"id": "golf-8", "model": "Golf 8", "wmi": ["WVW"], "modelYears": {"from": 2020},
                    "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]}]}""",
                "schedule 'golf-8' (Golf 8)", "WVW", "overlaps schedule 'golf-7' (Golf 7)");
    }

    @Test
    void rejectsFilesWithoutDefaultOrInTheWrongVersion() {
        assertInvalid("""
                {"version": 1, "dueSoonFraction": 0.1, "models": []}""", "default: expected the schedule");
        assertInvalid("""
                {"version": 2, "dueSoonFraction": 0.1,
                 "default": {"id": "d", "model": "Anything", "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]}}""",
                "version: expected 1, got 2");
        assertInvalid("""
                {"version": 1, "dueSoonFraction": 0.1,
                 "default": {"id": "d", "model": "Anything", "wmi": ["WVW"],
                             "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]}}""",
                "default schedule 'd'", "expected no wmi");
        assertInvalid("{\"version\": 1,", "test.json");
    }

    @Test
    void rejectsMalformedWmiAndDuplicateIds() {
        assertInvalid("""
                {"version": 1, "dueSoonFraction": 0.1,
                 "default": {"id": "d", "model": "Anything", "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]},
                 "models": [{"id": "golf", "model": "Golf", "wmi": ["WV"],
                             "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]}]}""",
                "schedule 'golf' (Golf)", "wmi: expected 3 characters", "'WV'");
        assertInvalid("""
                {"version": 1, "dueSoonFraction": 0.1,
                 "default": {"id": "d", "model": "Anything", "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]},
                 "models": [{"id": "d", "model": "Golf", "wmi": ["WVW"],
                             "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]}]}""",
                "schedule 'd' (Golf)", "id is already used by default");
    }

    /** A valid file whose one model schedule ('golf') has {@code items}. */
    private static String file(String items) {
        return """
                {"version": 1, "dueSoonFraction": 0.1,
                 "default": {"id": "d", "model": "Anything", "items": [{"item": "ANNUAL_INSPECTION", "months": 12}]},
                 "models": [{"id": "golf", "model": "Golf", "wmi": ["WVW"], "items": [%s]}]}""".formatted(items);
    }

    private static ServiceSchedules parse(String json) {
        return ServiceSchedules.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static void assertInvalid(String json, String... fragments) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageContainingAll(fragments);
    }
}
