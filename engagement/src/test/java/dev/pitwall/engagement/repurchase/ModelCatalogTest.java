package dev.pitwall.engagement.repurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiKind;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelCatalogTest {

    static final String VALID_MODEL = """
            {"id": "vw-cityline-e", "name": "Cityline e", "brand": "Volkswagen", "bodyType": "HATCHBACK",
             "powertrain": "ELECTRIC", "electricRangeKm": 420, "seats": 5, "monthlyPrice": 479.50, "segment": "COMPACT"}""";

    static ModelCatalog read(String json) {
        return ModelCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static String file(String models) {
        return "{\"version\": 1, \"currency\": \"EUR\", \"models\": [" + models + "]}";
    }

    @Test
    void loadsTheInventedSampleWithEveryPowertrainAndADealerForEveryBrand() {
        ModelCatalog sample = ModelCatalog.sample();

        assertThat(sample.models()).hasSizeBetween(10, 15);
        assertThat(sample.currency()).isEqualTo("EUR");
        assertThat(sample.models()).extracting(CarModel::powertrain).contains(Powertrain.values());
        Set<String> dealerBrands = PoiCatalog.sample().pois().stream().filter(p -> p.kind() == PoiKind.DEALER)
                .map(p -> p.brand()).collect(Collectors.toSet());
        assertThat(sample.models()).allSatisfy(m -> assertThat(dealerBrands).contains(m.brand()));
        assertThat(sample.models()).extracting(CarModel::id).isSorted();
        assertThat(sample.currentVehicle("WVWZZZAUZFW000001")).get().extracting(CurrentVehicle::segment)
                .isEqualTo(MarketSegment.COMPACT);
        assertThat(sample.currentVehicle("1HGCM82633A004352")).isEmpty();
    }

    @Test
    void readsAModelExactlyAsWritten(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("models.json");
        Files.writeString(path, file(VALID_MODEL));

        CarModel model = ModelCatalog.load(path).byId("vw-cityline-e").orElseThrow();

        assertThat(model).isEqualTo(new CarModel("vw-cityline-e", "Cityline e", "Volkswagen", BodyType.HATCHBACK,
                Powertrain.ELECTRIC, 420, 5, new BigDecimal("479.50"), MarketSegment.COMPACT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing range     | "powertrain": "ELECTRIC", "electricRangeKm": 420           | "powertrain": "ELECTRIC"                             | models[0] 'vw-cityline-e': electricRangeKm: expected more than 0 km for powertrain ELECTRIC, got 0
            range of a diesel | "powertrain": "ELECTRIC", "electricRangeKm": 420           | "powertrain": "DIESEL", "electricRangeKm": 420       | models[0] 'vw-cityline-e': electricRangeKm: expected none (or 0) for powertrain DIESEL, got 420
            unknown powertrain| "powertrain": "ELECTRIC"                                  | "powertrain": "STEAM"                                | models[0] 'vw-cityline-e': powertrain: expected one of [PETROL, DIESEL, HYBRID, PLUG_IN_HYBRID, ELECTRIC], got 'STEAM'
            bad id            | "id": "vw-cityline-e"                                     | "id": "VW Cityline"                                  | models[0] 'VW Cityline': id: expected lower-case letters and digits in words joined by hyphens
            no seats          | "seats": 5,                                               | ""                                                   | seats: expected a number, got nothing
            free model        | "monthlyPrice": 479.50                                    | "monthlyPrice": 0                                    | monthlyPrice: expected an amount more than 0, got 0
            too many seats    | "seats": 5                                                | "seats": 12                                          | seats: expected 1 to 9, got 12
            unknown segment   | "segment": "COMPACT"                                      | "segment": "HUGE"                                    | segment: expected one of [SMALL, COMPACT, MID_SIZE, EXECUTIVE], got 'HUGE'
            unknown field     | "seats": 5                                                | "seats": 5, "colour": "red"                          | Unrecognized field "colour"
            """)
    void rejectsABadModelNamingTheEntryAndTheField(String name, String from, String to, String message) {
        String model = VALID_MODEL.replace(from, to).replace("\"\"", "");
        assertThat(model).as("test replaces something").isNotEqualTo(VALID_MODEL);

        assertThatThrownBy(() -> read(file(model)))
                .isInstanceOf(InvalidModelCatalogException.class)
                .hasMessageStartingWith("model catalog test.json: ")
                .hasMessageContaining(message);
    }

    @Test
    void rejectsDuplicateIdsWrongVersionsCurrenciesAndEmptyCatalogs() {
        assertThatThrownBy(() -> read(file(VALID_MODEL + ", " + VALID_MODEL)))
                .hasMessage("model catalog test.json: models[1] 'vw-cityline-e': expected a unique key, already used "
                        + "by models[0]");
        assertThatThrownBy(() -> read(file(VALID_MODEL).replace("\"version\": 1", "\"version\": 2")))
                .hasMessage("model catalog test.json: version: expected 1, got 2");
        assertThatThrownBy(() -> read(file(VALID_MODEL).replace("\"EUR\"", "\"Euro\"")))
                .hasMessage("model catalog test.json: currency: expected an ISO 4217 code such as EUR, got 'Euro'");
        assertThatThrownBy(() -> read(file("")))
                .hasMessage("model catalog test.json: models: expected a non-empty list of models");
        assertThatThrownBy(() -> read("{\"version\": 1, "))
                .isInstanceOf(InvalidModelCatalogException.class).hasMessageStartingWith("model catalog test.json: ");
        assertThatThrownBy(() -> ModelCatalog.fromResource("/repurchase/missing.json"))
                .hasMessageContaining("no such resource");
    }

    @Test
    void rejectsABadCurrentVehicleNamingIt() {
        String json = file(VALID_MODEL).replace("]}", """
                ], "currentVehicles": [{"wmi": "WVW", "brand": "Volkswagen", "segment": "COMPACT"},
                                       {"wmi": "WIO", "brand": "X", "segment": "SMALL"}]}""");

        assertThatThrownBy(() -> read(json)).hasMessageContaining("currentVehicles[1] 'WIO': wmi: expected the first 3 "
                + "characters of a VIN");
    }
}
