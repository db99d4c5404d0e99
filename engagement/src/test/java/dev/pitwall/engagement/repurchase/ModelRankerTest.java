package dev.pitwall.engagement.repurchase;

import static dev.pitwall.engagement.repurchase.Signals.TODAY;
import static dev.pitwall.engagement.repurchase.Signals.vehicle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.profile.DrivingSegment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRankerTest {

    static final CurrentVehicle COMPACT_VW = new CurrentVehicle("WVW", "Volkswagen", MarketSegment.COMPACT);

    final ModelRanker ranker = new ModelRanker(ModelCatalog.sample(), RankingRules.DEFAULTS);

    static List<FitRule> rules(RankedModel ranked) {
        return ranked.reasons().stream().map(RankingReason::rule).toList();
    }

    @Test
    void putsAnElectricCarFirstForShortCommuterTripsWithinItsRange() {
        RepurchaseSignals signals = vehicle(Signals.OLD_VW).current(COMPACT_VW)
                .usage(35, 80, DrivingSegment.SHORT_TRIPS, DrivingSegment.COMMUTER)
                .predicted(Component.IGNITION, 0.6).predicted(Component.ENGINE_OIL, 0.5)
                .subscription("Comfort", TODAY.plusDays(20), 449).build();

        List<RankedModel> ranked = ranker.rank(signals, 3);

        RankedModel first = ranked.get(0);
        assertThat(first.model().id()).isEqualTo("vw-cityline-e");
        assertThat(first.model().powertrain()).isEqualTo(Powertrain.ELECTRIC);
        // most points first, ties in FitRule order
        assertThat(rules(first)).containsExactly(FitRule.ELECTRIC_FOR_SHORT_TRIPS, FitRule.SAME_SEGMENT,
                FitRule.PRICE_CLOSE, FitRule.SAME_BRAND, FitRule.NO_COMBUSTION_REPAIRS);
        assertThat(first.score()).isEqualTo(30 + 15 + 15 + 10 + 10);
        assertThat(first.reasons().get(0).reason())
                .isEqualTo("Short commuter trips of 35 km a day fit its 420 km range, charged at home or at work.");
        assertThat(first.reasons().get(1).reason()).isEqualTo("The same compact size as today's Volkswagen.");
        assertThat(first.reasons().get(2).reason())
                .isEqualTo("479 EUR a month is within 10% of today's Comfort plan (449 EUR).");
        assertThat(first.reasons().get(3).reason()).isEqualTo("Stays with Volkswagen, the brand of today's car.");
        assertThat(first.reasons().get(4).reason()).contains("no engine oil or ignition", "347 EUR");
        assertThat(ranked).extracting(RankedModel::score).isSortedAccordingTo((a, b) -> b - a);
        assertThat(ranked).hasSize(3);
    }

    @Test
    void penalisesAnElectricCarWhoseRangeCoversTooFewDaysAndPrefersEfficientCarsForHighMileage() {
        RepurchaseSignals signals = vehicle(Signals.OLD_VW).usage(180, 75, DrivingSegment.HIGH_MILEAGE).build();

        List<RankedModel> ranked = ranker.rank(signals, ModelCatalog.sample().models().size());

        RankedModel opel = ranked.stream().filter(r -> r.model().id().equals("opel-city-e")).findFirst().orElseThrow();
        assertThat(opel.score()).isEqualTo(-25);
        assertThat(opel.reasons().get(0).reason())
                .isEqualTo("Its 340 km range covers fewer than 2 days of 180 km a day.");
        RankedModel bmw = ranked.stream().filter(r -> r.model().id().equals("bmw-tourer-e")).findFirst().orElseThrow();
        assertThat(rules(bmw)).containsExactly(FitRule.ELECTRIC_RANGE_FITS); // 540 km covers 2 days of 180 km
        // hybrids (20 points) ahead of diesels and fitting electric cars (15) and plug-ins (10); ties by id
        assertThat(ranked.subList(0, 4)).extracting(r -> r.model().id()).containsExactly("mb-saloon-hybrid",
                "toyota-compact-hybrid", "toyota-family-hybrid", "vw-cityline-hybrid");
        assertThat(ranked.get(0).reasons().get(0).reason())
                .isEqualTo("High mileage (180 km a day) pays off a hybrid's low consumption.");
    }

    @Test
    void ranksByIdAloneWhenNothingIsKnownYet() {
        List<RankedModel> ranked = ranker.rank(vehicle(Signals.NO_YEAR).build(), 20);

        assertThat(ranked).allSatisfy(r -> {
            assertThat(r.score()).isZero();
            assertThat(r.reasons()).isEmpty();
        });
        assertThat(ranked).extracting(r -> r.model().id())
                .containsExactlyElementsOf(ModelCatalog.sample().models().stream().map(CarModel::id).sorted().toList());
    }

    @Test
    void weighsThePriceAgainstTodaysPlanOnlyWhenItsPriceIsKnown() {
        RepurchaseSignals known = vehicle(Signals.OLD_VW).subscription("Comfort", TODAY.plusDays(90), 449).build();
        RepurchaseSignals unknown = vehicle(Signals.OLD_VW).subscription("Unlisted", TODAY.plusDays(90), null).build();

        List<RankedModel> all = ranker.rank(known, 20);
        RankedModel bmw = all.stream().filter(r -> r.model().id().equals("bmw-tourer-e")).findFirst().orElseThrow();
        RankedModel skoda = all.stream().filter(r -> r.model().id().equals("skoda-urban-e")).findFirst().orElseThrow();

        assertThat(bmw.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(FitRule.PRICE_FAR_ABOVE);
            assertThat(r.points()).isEqualTo(-15);
            assertThat(r.reason()).isEqualTo("749 EUR a month is 67% more than today's Comfort plan (449 EUR).");
        });
        assertThat(skoda.reasons()).extracting(RankingReason::rule).containsExactly(FitRule.PRICE_NEAR); // +18 %
        assertThat(ranker.rank(unknown, 20)).allSatisfy(r -> assertThat(r.reasons()).isEmpty());
    }

    @Test
    void suggestsASmallCarForLittleDrivingAndElectrifiedOnesForASmoothStyle() {
        RepurchaseSignals signals = vehicle(Signals.OLD_VW)
                .usage(8, 90, DrivingSegment.LOW_MILEAGE, DrivingSegment.SMOOTH_DRIVER).build();

        List<RankedModel> ranked = ranker.rank(signals, 20);

        RankedModel opel = ranked.get(0);
        assertThat(opel.model().id()).isEqualTo("opel-city-e");
        assertThat(rules(opel)).containsExactly(FitRule.ELECTRIC_RANGE_FITS, FitRule.SMALL_FOR_LOW_MILEAGE,
                FitRule.SMOOTH_DRIVER_ELECTRIFIED);
        RankedModel ford = ranked.stream().filter(r -> r.model().id().equals("ford-mini-petrol")).findFirst()
                .orElseThrow();
        assertThat(rules(ford)).containsExactly(FitRule.SMALL_FOR_LOW_MILEAGE);
    }

    @Test
    void breaksTiesByModelIdWhateverTheFileOrder() {
        String json = """
                {"version": 1, "currency": "EUR", "models": [
                  {"id": "zz-hybrid", "name": "Z", "brand": "Toyota", "bodyType": "SUV", "powertrain": "HYBRID",
                   "seats": 5, "monthlyPrice": 400, "segment": "COMPACT"},
                  {"id": "aa-hybrid", "name": "A", "brand": "Toyota", "bodyType": "SUV", "powertrain": "HYBRID",
                   "seats": 5, "monthlyPrice": 400, "segment": "COMPACT"}]}""";
        ModelCatalog catalog = ModelCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t");

        List<RankedModel> ranked = new ModelRanker(catalog, RankingRules.DEFAULTS)
                .rank(vehicle(Signals.OLD_VW).usage(30, null, DrivingSegment.SHORT_TRIPS).build(), 2);

        assertThat(ranked).extracting(r -> r.model().id()).containsExactly("aa-hybrid", "zz-hybrid");
        assertThat(ranked).extracting(RankedModel::score).containsExactly(10, 10);
        assertThatThrownBy(() -> ranker.rank(vehicle(Signals.OLD_VW).build(), 0)).hasMessageContaining("limit");
    }
}
