package dev.pitwall.core.offer;

import static dev.pitwall.core.offer.OfferFixtures.KM;
import static dev.pitwall.core.offer.OfferFixtures.LAT;
import static dev.pitwall.core.offer.OfferFixtures.LON;
import static dev.pitwall.core.offer.OfferFixtures.T0;
import static dev.pitwall.core.offer.OfferFixtures.VIN;
import static dev.pitwall.core.offer.OfferFixtures.alwaysOpen;
import static dev.pitwall.core.offer.OfferFixtures.at;
import static dev.pitwall.core.offer.OfferFixtures.daily;
import static dev.pitwall.core.offer.OfferFixtures.driving;
import static dev.pitwall.core.offer.OfferFixtures.fuelStation;
import static dev.pitwall.core.offer.OfferFixtures.index;
import static dev.pitwall.core.offer.OfferFixtures.min;
import static dev.pitwall.core.offer.OfferFixtures.signals;
import static dev.pitwall.core.offer.OfferFixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.pitwall.core.poi.PoiIndex;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuel rule of {@link OfferTracker#onTelemetry}: one candidate per low-fuel episode, a partner station ahead. */
class OfferFuelRuleTest {

    /** Heading north from (LAT, LON): 2 km ahead. */
    static final PoiIndex NORTH_STATION = index(fuelStation("fs-n", LAT + 2 * KM, LON, true, alwaysOpen()));

    final OfferTracker tracker = new OfferTracker(OfferRules.DEFAULTS);
    OfferMemory memory;

    List<OfferCandidate> send(Telemetry t, PoiIndex pois) {
        OfferTracker.Observed observed = tracker.onTelemetry(memory, t, List.of(), pois);
        memory = observed.memory();
        return observed.candidates();
    }

    @Test
    void lowFuelWithAPartnerStationAheadMakesOneCandidateWithTheEvidence() {
        List<OfferCandidate> candidates = send(driving(1, T0, 14.4, LAT, LON, 0), NORTH_STATION);

        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.vin()).isEqualTo(VIN);
            assertThat(c.seq()).isEqualTo(1);
            assertThat(c.kind()).isEqualTo(OfferKind.FUEL);
            assertThat(c.campaignId()).isEqualTo("fuel-partner-ahead");
            assertThat(c.triggeredAt()).isEqualTo(T0);
            assertThat(c.poiId()).isEqualTo("fs-n");
            assertThat(c.poiName()).isEqualTo("Station fs-n");
            assertThat(c.brand()).isEqualTo("Nordstern");
            assertThat(c.distanceKm()).isCloseTo(2.0, offset(0.01));
            assertThat(c.latitude()).isEqualTo(LAT);
            assertThat(c.longitude()).isEqualTo(LON);
            assertThat(c.leadId()).isNull();
            assertThat(c.message()).isEqualTo(
                    "Fuel at 14 %: Station fs-n, a Nordstern partner station 2.0 km ahead, is open now.");
        });
        assertThat(memory.fuelLowSince()).isEqualTo(T0);
        assertThat(memory.fuelOfferedAt()).isEqualTo(T0);
    }

    @Test
    void anEpisodeMakesOneCandidateHoweverLongItLasts() {
        List<OfferCandidate> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.addAll(send(driving(i, at(min(i)), 15 - i * 0.1, LAT, LON, 0), NORTH_STATION));
        }

        assertThat(all).hasSize(1);
    }

    @Test
    void theEpisodeEndsOnlyAboveThresholdPlusHysteresis() {
        send(driving(1, T0, 19, LAT, LON, 0), NORTH_STATION);
        // 20 is not below 20, and 25 is not above 20 + 5: still the same episode, nothing new
        assertThat(send(driving(2, at(min(10)), 25, LAT, LON, 0), NORTH_STATION)).isEmpty();
        assertThat(send(driving(3, at(min(20)), 18, LAT, LON, 0), NORTH_STATION)).isEmpty();
        assertThat(memory.fuelLowSince()).isEqualTo(T0);
        // refuelled: the episode ends; the next dip is a new episode with a new candidate
        assertThat(send(driving(4, at(min(30)), 25.1, LAT, LON, 0), NORTH_STATION)).isEmpty();
        assertThat(memory.fuelLow()).isFalse();
        assertThat(send(driving(5, at(min(40)), 20, LAT, LON, 0), NORTH_STATION)).isEmpty();
        assertThat(memory.fuelLow()).isFalse();
        assertThat(send(driving(6, at(min(50)), 19.9, LAT, LON, 0), NORTH_STATION)).singleElement()
                .satisfies(c -> assertThat(c.triggeredAt()).isEqualTo(at(min(50))));
    }

    @Test
    void aStationBehindIsNotOfferedButOneAheadLaterIs() {
        PoiIndex southOnly = index(fuelStation("fs-s", LAT - 2 * KM, LON, true, alwaysOpen()));

        assertThat(send(driving(1, T0, 10, LAT, LON, 0), southOnly)).isEmpty(); // heading north, station south
        assertThat(send(driving(2, at(min(1)), 10, LAT, LON, 90), southOnly)).isEmpty(); // east: 90° off
        assertThat(memory.fuelOfferedAt()).isNull();
        assertThat(send(driving(3, at(min(2)), 10, LAT, LON, 180), southOnly)).singleElement()
                .satisfies(c -> assertThat(c.poiId()).isEqualTo("fs-s"));
    }

    @Test
    void theNearestPartnerStationAheadWithinTheRadiusWins() {
        PoiIndex stations = index(
                fuelStation("far", LAT + 8 * KM, LON, true, alwaysOpen()),
                fuelStation("near", LAT + 3 * KM, LON, true, alwaysOpen()),
                fuelStation("not-partner", LAT + 1 * KM, LON, false, alwaysOpen()),
                fuelStation("too-far", LAT + 12 * KM, LON, true, alwaysOpen()));

        assertThat(send(driving(1, T0, 10, LAT, LON, 0), stations)).extracting(OfferCandidate::poiId)
                .containsExactly("near");
        memory = null;
        assertThat(send(driving(1, T0, 10, LAT, LON, 0),
                index(fuelStation("too-far", LAT + 12 * KM, LON, true, alwaysOpen())))).isEmpty();
    }

    @Test
    void aStationClosedAtTheEventTimeIsNotOffered() {
        // 10:00 local: closed until 11:00; at 11:00 it opens
        PoiIndex lateOpener = index(fuelStation("fs-late", LAT + 2 * KM, LON, true, daily("11:00-20:00")));

        assertThat(send(driving(1, T0, 10, LAT, LON, 0), lateOpener)).isEmpty();
        assertThat(send(driving(2, at(min(59)), 10, LAT, LON, 0), lateOpener)).isEmpty();
        assertThat(send(driving(3, at(min(60)), 10, LAT, LON, 0), lateOpener)).extracting(OfferCandidate::poiId)
                .containsExactly("fs-late");
    }

    @Test
    void aVehicleThatIsParkedOrHasNoHeadingGetsNothingUntilItMoves() {
        VehicleSignals parked = VehicleSignals.builder().fuelLevelPct(10.0).latitude(LAT).longitude(LON)
                .headingDeg(0.0).speedKmh(5.0).build(); // not above minSpeedKmh 5
        VehicleSignals noHeading = parked.toBuilder().speedKmh(40.0).headingDeg(null).build();
        VehicleSignals noSpeed = parked.toBuilder().speedKmh(null).build();
        VehicleSignals noPosition = parked.toBuilder().speedKmh(40.0).latitude(null).build();

        assertThat(send(signals(1, T0, parked), NORTH_STATION)).isEmpty();
        assertThat(send(signals(2, at(min(1)), noHeading), NORTH_STATION)).isEmpty();
        assertThat(send(signals(3, at(min(2)), noSpeed), NORTH_STATION)).isEmpty();
        assertThat(send(signals(4, at(min(3)), noPosition), NORTH_STATION)).isEmpty();
        assertThat(memory.fuelLowSince()).isEqualTo(T0);
        assertThat(send(driving(5, at(min(4)), 10, LAT, LON, 0), NORTH_STATION)).hasSize(1);
    }

    @Test
    void aMessageWithoutFuelLevelKeepsTheEpisodeButMakesNoCandidate() {
        send(driving(1, T0, 10, LAT, LON, 90), NORTH_STATION); // heading east: nothing ahead
        VehicleSignals noFuel = VehicleSignals.builder().latitude(LAT).longitude(LON).headingDeg(0.0).speedKmh(50.0)
                .build();

        assertThat(send(signals(2, at(min(1)), noFuel), NORTH_STATION)).isEmpty();
        assertThat(memory.fuelLowSince()).isEqualTo(T0);
        assertThat(send(driving(3, at(min(2)), 11, LAT, LON, 0), NORTH_STATION)).hasSize(1);
    }

    @Test
    void anOlderOrRepeatedMessageChangesNothing() {
        send(driving(5, at(min(10)), 30, LAT, LON, 0), NORTH_STATION);
        OfferMemory before = memory;

        assertThat(send(driving(4, at(min(5)), 10, LAT, LON, 0), NORTH_STATION)).isEmpty(); // late, low fuel
        assertThat(send(driving(5, at(min(10)), 10, LAT, LON, 0), NORTH_STATION)).isEmpty(); // same seq again
        assertThat(send(driving(3, at(min(10)), 10, LAT, LON, 0), NORTH_STATION)).isEmpty(); // same time, lower seq
        assertThat(memory).isSameAs(before);
        assertThat(send(driving(6, at(min(10)), 10, LAT, LON, 0), NORTH_STATION)).hasSize(1); // same time, newer seq
    }

    @Test
    void aChargingStationOrWorkshopIsNoFuelStation() {
        PoiIndex others = index(new PointOfInterest("cs", PoiKind.CHARGING_STATION, "Charger", "Isarwatt",
                LAT + 1 * KM, LON, alwaysOpen(), Set.of("CCS"), true),
                workshop("ws", LAT + 1 * KM, LON + 0.001, true, alwaysOpen(), "OIL_SERVICE"));

        assertThat(send(driving(1, T0, 10, LAT, LON, 0), others)).isEmpty();
    }
}
