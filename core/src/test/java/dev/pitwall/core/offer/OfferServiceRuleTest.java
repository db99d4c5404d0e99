package dev.pitwall.core.offer;

import static dev.pitwall.core.offer.OfferFixtures.KM;
import static dev.pitwall.core.offer.OfferFixtures.LAT;
import static dev.pitwall.core.offer.OfferFixtures.LON;
import static dev.pitwall.core.offer.OfferFixtures.T0;
import static dev.pitwall.core.offer.OfferFixtures.alwaysOpen;
import static dev.pitwall.core.offer.OfferFixtures.at;
import static dev.pitwall.core.offer.OfferFixtures.daily;
import static dev.pitwall.core.offer.OfferFixtures.driving;
import static dev.pitwall.core.offer.OfferFixtures.index;
import static dev.pitwall.core.offer.OfferFixtures.lead;
import static dev.pitwall.core.offer.OfferFixtures.min;
import static dev.pitwall.core.offer.OfferFixtures.signals;
import static dev.pitwall.core.offer.OfferFixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.lead.OpenLead;
import dev.pitwall.core.poi.OpeningHours;
import dev.pitwall.core.poi.PoiIndex;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service rule of {@link OfferTracker#onTelemetry}: once per open lead, a partner workshop nearby. */
class OfferServiceRuleTest {

    /** Open 07:30-12:00 and 13:00-18:00 Berlin time, every day; T0 is 10:00 there. */
    static final OpeningHours WITH_LUNCH_BREAK = daily("07:30-12:00", "13:00-18:00");
    static final PoiIndex ONE_WORKSHOP =
            index(workshop("ws-1", LAT + 1 * KM, LON, true, WITH_LUNCH_BREAK, "OIL_SERVICE", "BRAKE_INSPECTION"));
    static final OpenLead OIL = lead("lead-oil", "OIL_SERVICE", LeadPriority.MEDIUM, T0.minus(Duration.ofDays(2)));

    final OfferTracker tracker = new OfferTracker(OfferRules.DEFAULTS);
    OfferMemory memory;

    List<OfferCandidate> send(Telemetry t, List<OpenLead> leads, PoiIndex pois) {
        OfferTracker.Observed observed = tracker.onTelemetry(memory, t, leads, pois);
        memory = observed.memory();
        return observed.candidates();
    }

    /** Fuel is full: only the service rule can fire. */
    static Telemetry passing(long seq, Instant at) {
        return driving(seq, at, 80, LAT, LON, 90);
    }

    @Test
    void anOpenLeadAndAWorkshopNearbyOfferingItMakeOneCandidate() {
        assertThat(send(passing(1, T0), List.of(OIL), ONE_WORKSHOP)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(OfferKind.SERVICE);
            assertThat(c.campaignId()).isEqualTo("service-workshop-nearby");
            assertThat(c.leadId()).isEqualTo("lead-oil");
            assertThat(c.poiId()).isEqualTo("ws-1");
            assertThat(c.brand()).isEqualTo("Meisterwerk");
            assertThat(c.message()).isEqualTo("Oil service due: Workshop ws-1 (Meisterwerk) is 1.0 km away and open now.");
        });
        assertThat(memory.offeredLeadIds()).containsExactly("lead-oil");
    }

    @Test
    void eachLeadIsOfferedOnce() {
        List<OfferCandidate> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.addAll(send(passing(i, at(min(i))), List.of(OIL), ONE_WORKSHOP));
        }

        assertThat(all).hasSize(1);
    }

    @Test
    void theWorkshopMustStayOpenForMinOpenAheadWithoutABreak() {
        // 11:00 local: open until the lunch break at 12:00, exactly 60 min
        assertThat(send(passing(1, at(min(60))), List.of(OIL), ONE_WORKSHOP)).hasSize(1);
        memory = null;
        // 11:01: the break begins 59 min later
        assertThat(send(passing(1, at(min(61))), List.of(OIL), ONE_WORKSHOP)).isEmpty();
        // 12:30: closed for lunch; 13:00: open again with hours ahead
        assertThat(send(passing(2, at(min(150))), List.of(OIL), ONE_WORKSHOP)).isEmpty();
        assertThat(send(passing(3, at(min(180))), List.of(OIL), ONE_WORKSHOP)).hasSize(1);
    }

    @Test
    void aShorterMinOpenAheadAcceptsAWorkshopClosingSoon() {
        OfferTracker patient = new OfferTracker(OfferRules.DEFAULTS.withService(
                OfferRules.ServiceCampaign.DEFAULTS.withMinOpenAhead(Duration.ofMinutes(30))));

        assertThat(patient.onTelemetry(null, passing(1, at(min(90))), List.of(OIL), ONE_WORKSHOP).candidates())
                .hasSize(1); // 11:30, closes 12:00
        assertThat(patient.onTelemetry(null, passing(1, at(min(91))), List.of(OIL), ONE_WORKSHOP).candidates())
                .isEmpty();
    }

    @Test
    void theWorkshopMustOfferTheServiceBePartnerAndBeNearEnough() {
        OpenLead tires = lead("lead-tires", "TIRE_ROTATION", LeadPriority.HIGH, T0);
        PoiIndex pois = index(
                workshop("no-tires", LAT + 1 * KM, LON, true, alwaysOpen(), "OIL_SERVICE"),
                workshop("not-partner", LAT + 1 * KM, LON + 0.001, false, alwaysOpen(), "TIRE_ROTATION"),
                workshop("too-far", LAT + 3.5 * KM, LON, true, alwaysOpen(), "TIRE_ROTATION"));

        assertThat(send(passing(1, T0), List.of(tires), pois)).isEmpty();
        assertThat(memory.offeredLeadIds()).isEmpty();
    }

    @Test
    void aDealerCountsAsAWorkshop() {
        PoiIndex dealer = index(new PointOfInterest("dl-1", PoiKind.DEALER, "Autohaus", "Volkswagen", LAT + 2 * KM,
                LON, alwaysOpen(), Set.of("OIL_SERVICE"), true));

        assertThat(send(passing(1, T0), List.of(OIL), dealer)).extracting(OfferCandidate::poiId)
                .containsExactly("dl-1");
    }

    @Test
    void theMostUrgentLeadGoesFirstOnePerMessageWhateverTheListOrder() {
        PoiIndex pois = index(workshop("ws", LAT + 1 * KM, LON, true, alwaysOpen(), "OIL_SERVICE", "BATTERY_CHECK"));
        OpenLead battery = new OpenLead("lead-bat", LeadReason.FAILURE_PREDICTED, "BATTERY", LeadPriority.URGENT,
                "BATTERY_CHECK", T0);

        List<OfferCandidate> first = send(passing(1, T0), List.of(OIL, battery), pois);
        List<OfferCandidate> second = send(passing(2, at(min(1))), List.of(battery, OIL), pois);
        List<OfferCandidate> third = send(passing(3, at(min(2))), List.of(battery, OIL), pois);

        assertThat(first).extracting(OfferCandidate::leadId).containsExactly("lead-bat");
        assertThat(first.get(0).message()).startsWith("Battery check recommended: ");
        assertThat(second).extracting(OfferCandidate::leadId).containsExactly("lead-oil");
        assertThat(third).isEmpty();
    }

    @Test
    void aLeadWithoutSuggestedServiceOrOpenedAfterTheMessageIsSkipped() {
        OpenLead noService = new OpenLead("lead-dtc", LeadReason.SEVERE_DTC, "P0301", LeadPriority.URGENT, "", T0);
        OpenLead future = lead("lead-future", "OIL_SERVICE", LeadPriority.URGENT, at(min(5)));

        assertThat(send(passing(1, T0), List.of(noService, future), ONE_WORKSHOP)).isEmpty();
        assertThat(send(passing(2, at(min(5))), List.of(noService, future), ONE_WORKSHOP))
                .extracting(OfferCandidate::leadId).containsExactly("lead-future");
    }

    @Test
    void aParkedVehicleNearAWorkshopQualifiesButOneWithoutPositionDoesNot() {
        VehicleSignals parked = VehicleSignals.builder().latitude(LAT).longitude(LON).speedKmh(0.0).build();

        assertThat(send(signals(1, T0, VehicleSignals.builder().speedKmh(0.0).build()), List.of(OIL), ONE_WORKSHOP))
                .isEmpty();
        assertThat(send(signals(2, at(min(1)), parked), List.of(OIL), ONE_WORKSHOP)).hasSize(1);
    }

    @Test
    void fuelAndServiceCandidatesFromOneMessageComeFuelFirst() {
        PoiIndex both = index(workshop("ws", LAT + 1 * KM, LON, true, alwaysOpen(), "OIL_SERVICE"),
                OfferFixtures.fuelStation("fs", LAT + 2 * KM, LON, true, alwaysOpen()));

        assertThat(send(driving(1, T0, 10, LAT, LON, 0), List.of(OIL), both)).extracting(OfferCandidate::kind)
                .containsExactly(OfferKind.FUEL, OfferKind.SERVICE);
    }

    @Test
    void theRememberedLeadsStayBounded() {
        PoiIndex pois = index(workshop("ws", LAT + 1 * KM, LON, true, alwaysOpen(), "OIL_SERVICE"));
        for (int i = 0; i < OfferMemory.MAX_OFFERED_LEADS + 5; i++) {
            send(passing(i, at(min(i))), List.of(lead("lead-" + i, "OIL_SERVICE", LeadPriority.LOW, T0)), pois);
        }

        assertThat(memory.offeredLeadIds()).hasSize(OfferMemory.MAX_OFFERED_LEADS)
                .startsWith("lead-5").endsWith("lead-" + (OfferMemory.MAX_OFFERED_LEADS + 4));
    }

    @Test
    void aBookingAwareAvailabilityPlugsIn() {
        WorkshopAvailability fullyBooked = (workshop, service, at) -> false;
        OfferTracker booked = new OfferTracker(OfferRules.DEFAULTS, fullyBooked);
        WorkshopAvailability onlyOil = (workshop, service, at) -> service.equals("OIL_SERVICE");
        OfferTracker oilOnly = new OfferTracker(OfferRules.DEFAULTS, onlyOil);

        assertThat(booked.onTelemetry(null, passing(1, T0), List.of(OIL), ONE_WORKSHOP).candidates()).isEmpty();
        assertThat(oilOnly.onTelemetry(null, passing(1, T0), List.of(OIL), ONE_WORKSHOP).candidates()).hasSize(1);
    }
}
