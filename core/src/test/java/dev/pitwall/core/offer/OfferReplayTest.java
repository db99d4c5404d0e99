package dev.pitwall.core.offer;

import static dev.pitwall.core.offer.OfferFixtures.T0;
import static dev.pitwall.core.offer.OfferFixtures.VIN;
import static dev.pitwall.core.offer.OfferFixtures.consent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.OpenLead;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiIndex;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A drive through Munich against the sample POIs, fed through the tracker the way the stream operator does: every
 * message to {@link OfferTracker#onTelemetry}, every candidate buffered and decided later in
 * {@link OfferCandidate#DECISION_ORDER}. However the decisions interleave with the messages, the offers are the same.
 */
class OfferReplayTest {

    static final PoiIndex SAMPLE = PoiCatalog.sample().index();
    static final OpenLead OIL = OfferFixtures.lead("lead-oil", "OIL_SERVICE", LeadPriority.MEDIUM,
            T0.minus(Duration.ofDays(1)));
    static final List<MarketingConsent> GRANTED_LAST_YEAR = List.of(consent(true, Instant.parse("2025-11-01T00:00:00Z")));

    /**
     * North through the city at 50 km/h from Giesing, one message a minute, the tank running low on the way: the
     * partner workshop Meisterwerk Kfz Giesing (ws-003) is near the start, the partner station Nordstern
     * Leopoldstraße (fs-001) lies ahead when the fuel drops below 20 %.
     */
    static List<Telemetry> drive() {
        List<Telemetry> messages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            messages.add(new Telemetry(VIN, i + 1, T0.plus(Duration.ofMinutes(i)), VehicleSignals.builder()
                    .latitude(48.120 + i * 0.002).longitude(11.5830).headingDeg(358.0).speedKmh(50.0)
                    .fuelLevelPct(22 - i * 0.3).build()));
        }
        return messages;
    }

    /** How the operator's watermark happens to advance: after every message, at the end, or at random points. */
    enum Watermarks { EVERY_MESSAGE, AT_THE_END, RANDOM }

    record Run(List<Offer> offers, List<OfferDecision> decisions) {
    }

    static Run operator(List<Telemetry> messages, List<MarketingConsent> consents, Watermarks watermarks, long seed) {
        OfferTracker tracker = new OfferTracker(OfferRules.DEFAULTS);
        ConsentHistory consent = ConsentHistory.of(consents);
        Random random = new Random(seed);
        OfferMemory memory = null;
        List<OfferCandidate> buffer = new ArrayList<>();
        List<OfferDecision> decisions = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            OfferTracker.Observed observed = tracker.onTelemetry(memory, messages.get(i), List.of(OIL), SAMPLE);
            memory = observed.memory();
            buffer.addAll(observed.candidates());
            boolean last = i == messages.size() - 1;
            boolean flush = last || switch (watermarks) {
                case EVERY_MESSAGE -> true;
                case AT_THE_END -> false;
                case RANDOM -> random.nextInt(4) == 0;
            };
            if (flush) {
                Collections.shuffle(buffer, random); // the buffer's own order must not matter
                buffer.sort(OfferCandidate.DECISION_ORDER);
                for (OfferCandidate c : buffer) {
                    OfferTracker.Decided decided = tracker.decide(memory, c, consent);
                    memory = decided.memory();
                    decisions.add(decided.decision());
                }
                buffer.clear();
            }
        }
        return new Run(decisions.stream().flatMap(d -> d.offer().stream()).toList(), decisions);
    }

    @Test
    void lowFuelNearAPartnerStationAndAnOpenLeadNearAWorkshopRaiseOneOfferEach() {
        Run run = operator(drive(), GRANTED_LAST_YEAR, Watermarks.EVERY_MESSAGE, 1);

        assertThat(run.offers()).extracting(Offer::kind, Offer::poiId, Offer::leadId).containsExactly(
                tuple(OfferKind.SERVICE, "ws-003", "lead-oil"),
                tuple(OfferKind.FUEL, "fs-001", null));
        Offer fuel = run.offers().get(1);
        assertThat(fuel.createdAt()).isEqualTo(T0.plus(Duration.ofMinutes(7))); // the first message below 20 %
        assertThat(fuel.message()).startsWith("Fuel at 20 %: Nordstern Leopoldstraße, a Nordstern partner station ");
        assertThat(fuel.subscriberId()).isEqualTo("sub-1");
        assertThat(fuel.expiresAt()).isEqualTo(fuel.createdAt().plus(Duration.ofHours(2)));
    }

    @Test
    void withoutConsentNoOfferIsSent() {
        Run run = operator(drive(), List.of(), Watermarks.EVERY_MESSAGE, 1);

        assertThat(run.offers()).isEmpty();
        assertThat(run.decisions()).hasSize(2).allSatisfy(d -> assertThat(d).isInstanceOfSatisfying(
                OfferDecision.Suppressed.class, s -> assertThat(s.reason()).isEqualTo(SuppressionReason.NO_CONSENT)));
    }

    @Test
    void consentWithdrawnDuringTheDriveStopsWhatComesAfter() {
        List<MarketingConsent> withdrawn = List.of(GRANTED_LAST_YEAR.get(0), consent(false, T0.plusSeconds(30)));

        Run run = operator(drive(), withdrawn, Watermarks.AT_THE_END, 1);

        assertThat(run.offers()).extracting(Offer::kind).containsExactly(OfferKind.SERVICE); // at T0, before it
    }

    @Test
    void replayingTheSameInputGivesIdenticalOffersHoweverTheWatermarkAdvances() {
        Run reference = operator(drive(), GRANTED_LAST_YEAR, Watermarks.EVERY_MESSAGE, 1);

        assertThat(operator(drive(), GRANTED_LAST_YEAR, Watermarks.EVERY_MESSAGE, 1)).isEqualTo(reference);
        assertThat(operator(drive(), GRANTED_LAST_YEAR, Watermarks.AT_THE_END, 2).offers())
                .isEqualTo(reference.offers());
        for (long seed = 3; seed < 23; seed++) {
            assertThat(operator(drive(), GRANTED_LAST_YEAR, Watermarks.RANDOM, seed).offers())
                    .isEqualTo(reference.offers());
        }
    }

    @Test
    void duplicatedAndLateMessagesDoNotChangeTheOffers() {
        List<Telemetry> messy = new ArrayList<>(drive());
        List<Telemetry> original = drive();
        messy.add(5, original.get(3)); // a redelivery
        messy.add(12, original.get(2)); // late
        messy.add(original.get(0)); // very late

        assertThat(operator(messy, GRANTED_LAST_YEAR, Watermarks.RANDOM, 5).offers())
                .isEqualTo(operator(original, GRANTED_LAST_YEAR, Watermarks.EVERY_MESSAGE, 1).offers());
    }

    @Test
    void aDayOfDrivingHoldsTheCaps() {
        List<Telemetry> day = new ArrayList<>();
        for (int trip = 0; trip < 6; trip++) { // six low-fuel episodes two hours apart, each refuelled
            for (Telemetry t : drive()) {
                Instant at = t.eventTime().plus(Duration.ofHours(2L * trip));
                day.add(new Telemetry(VIN, trip * 100L + t.seq(), at, t.signals()));
            }
            day.add(new Telemetry(VIN, trip * 100L + 99, T0.plus(Duration.ofHours(2L * trip)).plus(Duration.ofMinutes(30)),
                    VehicleSignals.builder().fuelLevelPct(90.0).build()));
        }

        Run run = operator(day, GRANTED_LAST_YEAR, Watermarks.RANDOM, 9);

        // the lead is offered once, fuel once per episode: two offers fill the vehicle's 24 h, the rest suppressed
        assertThat(run.offers()).hasSize(2);
        assertThat(run.decisions()).hasSize(7).filteredOn(d -> d instanceof OfferDecision.Suppressed)
                .extracting(d -> ((OfferDecision.Suppressed) d).reason())
                .containsOnly(SuppressionReason.VEHICLE_CAP);
    }
}
