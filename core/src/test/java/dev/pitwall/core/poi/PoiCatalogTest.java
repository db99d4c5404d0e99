package dev.pitwall.core.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoiCatalogTest {

    static final String VALID_POI = """
            {"id": "ws-1", "kind": "WORKSHOP", "name": "Test Werkstatt", "brand": "independent",
             "latitude": 48.1, "longitude": 11.5, "partner": true, "services": ["OIL_SERVICE"],
             "openingHours": {"timeZone": "Europe/Berlin", "mon": ["08:00-12:00", "13:00-17:00"],
                              "fri": ["22:00-06:00"]}}""";

    @Test
    void loadsTheSampleFileAroundTheSimulatorsDefaultRegion() {
        PoiCatalog sample = PoiCatalog.sample();

        assertThat(sample.size()).isBetween(24, 60);
        assertThat(sample.pois()).extracting(PointOfInterest::kind).contains(PoiKind.values());
        // the simulator's default region (SimulatorConfig.DEFAULT_REGION)
        assertThat(sample.pois()).allSatisfy(poi -> {
            assertThat(poi.latitude()).isBetween(48.0, 48.3);
            assertThat(poi.longitude()).isBetween(11.3, 11.8);
        });
        assertThat(sample.pois()).anyMatch(PointOfInterest::partner).anyMatch(poi -> !poi.partner());
        assertThat(sample.pois()).filteredOn(poi -> poi.kind() == PoiKind.WORKSHOP)
                .anyMatch(poi -> poi.offers("OIL_SERVICE"));
        assertThat(sample.index().size()).isEqualTo(sample.size());
        PointOfInterest first = sample.byId("ws-001").orElseThrow();
        assertThat(first.openingHours().on(DayOfWeek.MONDAY)).extracting(OpeningInterval::toString)
                .containsExactly("07:30-18:00");
        assertThat(sample.byId("nope")).isEmpty();
    }

    @Test
    void readsEveryFieldOfAPoi() {
        PointOfInterest poi = read(file(VALID_POI)).pois().get(0);

        assertThat(poi.id()).isEqualTo("ws-1");
        assertThat(poi.kind()).isEqualTo(PoiKind.WORKSHOP);
        assertThat(poi.name()).isEqualTo("Test Werkstatt");
        assertThat(poi.brand()).isEqualTo("independent");
        assertThat(poi.latitude()).isEqualTo(48.1);
        assertThat(poi.longitude()).isEqualTo(11.5);
        assertThat(poi.partner()).isTrue();
        assertThat(poi.services()).containsExactly("OIL_SERVICE");
        assertThat(poi.openingHours().timeZone()).hasToString("Europe/Berlin");
        assertThat(poi.openingHours().on(DayOfWeek.MONDAY)).hasSize(2);
        assertThat(poi.openingHours().on(DayOfWeek.SATURDAY)).isEmpty();
        // Friday 22:00-06:00 runs into Saturday: 2026-01-17 is a Saturday, 04:00Z is 05:00 in Berlin
        assertThat(poi.openingHours().isOpenAt(Instant.parse("2026-01-17T04:00:00Z"))).isTrue();
    }

    @Test
    void readsAlwaysOpenAndLeavesOutPartnerAndServices() {
        PointOfInterest poi = read(file("""
                {"id": "cs-1", "kind": "CHARGING_STATION", "name": "Lader", "brand": "VoltWeg",
                 "latitude": -33.9, "longitude": 151.2,
                 "openingHours": {"timeZone": "Australia/Sydney", "alwaysOpen": true}}""")).pois().get(0);

        assertThat(poi.partner()).isFalse();
        assertThat(poi.services()).isEmpty();
        assertThat(poi.openingHours().on(DayOfWeek.SUNDAY)).extracting(OpeningInterval::toString)
                .containsExactly("00:00-24:00");
    }

    @Test
    void loadsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("pois.json");
        Files.writeString(path, file(VALID_POI));

        assertThat(PoiCatalog.load(path).byId("ws-1")).isPresent();
        assertThatThrownBy(() -> PoiCatalog.load(dir.resolve("missing.json"))).isInstanceOf(InvalidPoiException.class)
                .hasMessageContaining("missing.json").hasMessageContaining("cannot read");
        assertThatThrownBy(() -> PoiCatalog.fromResource("/poi/missing.json"))
                .hasMessageContaining("/poi/missing.json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "\"latitude\": 48.1 | \"latitude\": 91 | pois[0] 'ws-1': latitude: expected -90..90 degrees, got 91.0",
            "\"longitude\": 11.5 | \"longitude\": -180.5 | pois[0] 'ws-1': longitude: expected -180..180 degrees",
            "\"latitude\": 48.1, | | pois[0] 'ws-1': latitude: expected -90..90 degrees, got nothing",
            "\"kind\": \"WORKSHOP\" | \"kind\": \"GARAGE\" | pois[0] 'ws-1': kind: expected one of [WORKSHOP, DEALER",
            "\"id\": \"ws-1\", | | pois[0]: id: expected a non-blank id",
            "\"brand\": \"independent\" | \"brand\": \" \" | pois[0] 'ws-1': brand: expected a non-blank brand",
            "\"name\": \"Test Werkstatt\", | | pois[0] 'ws-1': name: expected a non-blank name",
            "\"08:00-12:00\" | \"8-12\" | pois[0] 'ws-1': openingHours.mon[0]: expected 'HH:MM-HH:MM'",
            "\"13:00-17:00\" | \"11:00-17:00\" | openingHours.mon: interval 08:00-12:00 overlaps 11:00-17:00",
            "\"fri\" | \"friday\" | openingHours.friday: expected timeZone, alwaysOpen (alone) or a weekday",
            "Europe/Berlin | Europe/Munich | openingHours.timeZone: expected a time zone such as 'Europe/Berlin'",
            "\"services\": [\"OIL_SERVICE\"] | \"services\": [\"\"] | pois[0] 'ws-1': services: expected non-blank",
            "\"partner\": true | \"partner\": true, \"rating\": 5 | Unrecognized field \"rating\""})
    void rejectsABadPoiNamingItsPositionIdAndField(String replace, String with, String message) {
        String json = file(VALID_POI.replace(replace, with == null ? "" : with));

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidPoiException.class)
                .hasMessageStartingWith("POI file test.json: ").hasMessageContaining(message);
    }

    @Test
    void rejectsDuplicateIdsNamingBothPositions() {
        String json = file(VALID_POI + ",\n" + VALID_POI.replace("ws-1", "ws-2") + ",\n" + VALID_POI);

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidPoiException.class)
                .hasMessage("POI file test.json: pois[2] POI 'ws-1': id: expected a unique id, already used by pois[0]");
    }

    @Test
    void rejectsAFileWithoutVersionOrPois() {
        assertThatThrownBy(() -> read("{\"pois\": []}")).hasMessageContaining("version: expected 1, got null");
        assertThatThrownBy(() -> read("{\"version\": 1}")).hasMessageContaining("pois: expected a list");
        assertThatThrownBy(() -> read("")).hasMessageContaining("test.json");
        assertThatThrownBy(() -> read("{\"version\": 1, \"pois\": [null]}")).hasMessageContaining("pois[0]");
    }

    @Test
    void buildsACatalogFromRecordsAndRejectsDuplicates() {
        PointOfInterest a = TestPois.poi("a", PoiKind.DEALER, 1, 2);
        assertThat(PoiCatalog.of(List.of(a)).pois()).containsExactly(a);
        assertThatThrownBy(() -> PoiCatalog.of(List.of(a, a))).hasMessageContaining("pois[1] POI 'a': id");
        assertThat(PoiCatalog.of(List.of()).index().nearest(0, 0, PoiFilter.any(), 3, 1000)).isEmpty();
    }

    @Test
    void recordValidationNamesTheFieldAndExpectation() {
        OpeningHours hours = OpeningHours.alwaysOpen(TestPois.BERLIN);
        assertThatThrownBy(() -> new PointOfInterest("x", PoiKind.WORKSHOP, "n", "b", Double.NaN, 0, hours, Set.of(),
                false)).hasMessage("POI 'x': latitude: expected -90..90 degrees, got NaN");
        assertThatThrownBy(() -> new PointOfInterest("x", null, "n", "b", 0, 0, hours, Set.of(), false))
                .hasMessageContaining("POI 'x': kind: expected one of");
        assertThatThrownBy(() -> new PointOfInterest("x", PoiKind.DEALER, "n", "b", 0, 0, null, Set.of(), false))
                .hasMessageContaining("POI 'x': openingHours: expected");
    }

    private static String file(String... pois) {
        return "{\"version\": 1, \"about\": \"test\", \"pois\": [\n" + String.join(",\n", pois) + "\n]}";
    }

    private static PoiCatalog read(String json) {
        return PoiCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
