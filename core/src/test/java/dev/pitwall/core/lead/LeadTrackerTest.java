package dev.pitwall.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.dtc.DtcSeverity;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecord;
import dev.pitwall.core.servicebook.ServiceSchedules;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadTrackerTest {

    /** A WMI no model schedule names: the default schedule (oil every 15,000 km, due soon 1,500 km before). */
    static final String VIN = "1PWTST00000000001";
    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    /** Munich city centre: the sample POI catalog has workshops around it. */
    static final double LAT = 48.137;
    static final double LON = 11.575;
    static final PoiCatalog POIS = PoiCatalog.sample();

    final LeadTracker tracker = tracker(LeadRules.DEFAULTS);

    static LeadTracker tracker(LeadRules rules) {
        return new LeadTracker(rules, ServiceSchedules.builtIn(), DtcCatalog.load(), POIS.index());
    }

    /** One message per 100 km from {@code fromKm}, an hour apart, with the odometer only. */
    record Drive(LeadTracker tracker, List<ServiceLead> events, LeadMemory memory, long seq) {

        static Drive start(LeadTracker tracker) {
            return new Drive(tracker, List.of(), null, 0);
        }

        Drive to(double fromKm, double toKm, VehicleSignals.Builder extra) {
            List<ServiceLead> all = new ArrayList<>(events);
            LeadMemory m = memory;
            long s = seq;
            for (double km = fromKm; km <= toKm; km += 100) {
                Telemetry t = new Telemetry(VIN, s, T0.plus(Duration.ofHours(s)),
                        extra.odometerKm(km).build());
                s++;
                LeadTracker.Outcome o = tracker.onTelemetry(m, t, List.of());
                m = o.memory();
                all.addAll(o.events());
            }
            return new Drive(tracker, all, m, s);
        }
    }

    @Test
    void crossingTheOilIntervalOpensOneLeadAndEscalatesItOnceWhenOverdue() {
        Drive drive = Drive.start(tracker).to(1_000, 16_600, VehicleSignals.builder().latitude(LAT).longitude(LON));

        List<ServiceLead> oil = drive.events().stream().filter(e -> e.subject().equals("OIL_SERVICE")).toList();
        assertThat(oil).extracting(ServiceLead::event, ServiceLead::priority, ServiceLead::reason)
                .containsExactly(tuple(LeadEvent.OPENED, LeadPriority.MEDIUM, LeadReason.SERVICE_DUE),
                        tuple(LeadEvent.ESCALATED, LeadPriority.HIGH, LeadReason.SERVICE_DUE));
        assertThat(oil.get(0).evidence()).isEqualTo("Oil and filter change due soon: due at 16,000 km, 1,500 km left");
        assertThat(oil.get(1).evidence()).isEqualTo("Oil and filter change overdue: due at 16,000 km, 0 km past");
        assertThat(oil).extracting(ServiceLead::leadId).containsOnly(oil.get(0).leadId());
        assertThat(oil.get(0).suggestedService()).isEqualTo("OIL_SERVICE");
        assertThat(oil.get(0).openedAt()).isEqualTo(oil.get(1).openedAt());
        assertThat(LeadTracker.openLeads(drive.memory())).extracting(OpenLead::subject)
                .contains("OIL_SERVICE", "TIRE_ROTATION");
    }

    @Test
    void aLeadNamesTheNearestWorkshopsThatOfferItsService() {
        Drive drive = Drive.start(tracker).to(1_000, 14_500, VehicleSignals.builder().latitude(LAT).longitude(LON));
        ServiceLead oil = drive.events().stream().filter(e -> e.subject().equals("OIL_SERVICE")).findFirst()
                .orElseThrow();

        assertThat(oil.workshops()).hasSize(3).isSortedAccordingTo(
                java.util.Comparator.comparingDouble(NearbyWorkshop::distanceKm));
        assertThat(oil.workshops()).allSatisfy(w -> {
            var poi = POIS.byId(w.poiId()).orElseThrow();
            assertThat(poi.kind()).isIn(PoiKind.WORKSHOP, PoiKind.DEALER);
            assertThat(poi.offers("OIL_SERVICE")).isTrue();
            assertThat(w.distanceKm()).isLessThanOrEqualTo(LeadRules.DEFAULTS.workshopRadiusKm());
        });
        assertThat(oil.latitude()).isEqualTo(LAT);
    }

    @Test
    void withoutAPositionALeadNamesNoWorkshops() {
        Drive drive = Drive.start(tracker).to(1_000, 14_500, VehicleSignals.builder());
        assertThat(drive.events()).isNotEmpty().allSatisfy(e -> assertThat(e.workshops()).isEmpty());
    }

    @Test
    void aRecordedServiceResolvesTheLeadAndTheIntervalStartsAgain() {
        Drive overdue = Drive.start(tracker).to(1_000, 16_100, VehicleSignals.builder());
        Instant performed = T0.plus(Duration.ofHours(overdue.seq()));
        LeadTracker.Outcome recorded = tracker.onServiceRecord(overdue.memory(), VIN,
                new ServiceRecord(ServiceItem.OIL_SERVICE, performed, 16_100, null));

        assertThat(recorded.events()).extracting(ServiceLead::subject, ServiceLead::event)
                .containsExactly(tuple("OIL_SERVICE", LeadEvent.RESOLVED));
        assertThat(LeadTracker.openLeads(recorded.memory())).extracting(OpenLead::subject)
                .doesNotContain("OIL_SERVICE");

        Drive after = new Drive(tracker, List.of(), recorded.memory(), overdue.seq()).to(16_200, 29_500,
                VehicleSignals.builder());
        assertThat(after.events()).filteredOn(e -> e.subject().equals("OIL_SERVICE"))
                .as("due again 15,000 km after the service").isEmpty();
        Drive later = after.to(29_600, 29_700, VehicleSignals.builder());
        assertThat(later.events()).filteredOn(e -> e.subject().equals("OIL_SERVICE"))
                .extracting(ServiceLead::event).containsExactly(LeadEvent.OPENED);
    }

    @Test
    void anOlderRecordThanTheKnownOneChangesNothing() {
        Drive overdue = Drive.start(tracker).to(1_000, 1_200, VehicleSignals.builder());
        ServiceRecord newer = new ServiceRecord(ServiceItem.OIL_SERVICE, T0.plus(Duration.ofHours(1)), 1_100, null);
        ServiceRecord older = new ServiceRecord(ServiceItem.OIL_SERVICE, T0, 1_000, null);
        LeadMemory m = tracker.onServiceRecord(overdue.memory(), VIN, newer).memory();
        assertThat(tracker.onServiceRecord(m, VIN, older).memory().records()).containsExactly(newer);
    }

    @Test
    void aPredictionOpensALeadAtTheThresholdAndResolvesBelowTheClearingLevel() {
        List<ServiceLead> events = new ArrayList<>();
        LeadMemory m = null;
        double[] probabilities = {0.3, 0.55, 0.45, 0.45, 0.85, 0.6, 0.35, 0.45};
        for (int i = 0; i < probabilities.length; i++) {
            LeadTracker.Outcome o = tracker.onTelemetry(m, message(i, Duration.ofHours(i), VehicleSignals.NONE),
                    List.of(prediction(i, Component.BATTERY, probabilities[i], 20.0)));
            m = o.memory();
            events.addAll(o.events());
        }
        assertThat(events).extracting(ServiceLead::event, ServiceLead::priority, ServiceLead::at)
                .containsExactly(
                        tuple(LeadEvent.OPENED, LeadPriority.HIGH, T0.plus(Duration.ofHours(1))),
                        tuple(LeadEvent.ESCALATED, LeadPriority.URGENT, T0.plus(Duration.ofHours(4))),
                        tuple(LeadEvent.RESOLVED, LeadPriority.URGENT, T0.plus(Duration.ofHours(6))));
        assertThat(events.get(0).subject()).isEqualTo("BATTERY");
        assertThat(events.get(0).suggestedService()).isEqualTo("BATTERY_CHECK");
        assertThat(events.get(0).evidence()).isEqualTo(
                "12 V battery: 55 % probability of failure within 30 days, about 20 days of life left");
    }

    @Test
    void littleExpectedLifeMakesAPredictionUrgent() {
        LeadTracker.Outcome o = tracker.onTelemetry(null, message(0, Duration.ZERO, VehicleSignals.NONE),
                List.of(prediction(0, Component.COOLING, 0.6, 5.0)));
        assertThat(o.events()).extracting(ServiceLead::priority).containsExactly(LeadPriority.URGENT);
    }

    @Test
    void withoutPredictionsAPredictedLeadStaysOpen() {
        LeadMemory m = tracker.onTelemetry(null, message(0, Duration.ZERO, VehicleSignals.NONE),
                List.of(prediction(0, Component.BATTERY, 0.7, null))).memory();
        LeadTracker.Outcome noModel = tracker.onTelemetry(m, message(1, Duration.ofHours(1), VehicleSignals.NONE),
                List.of());
        LeadTracker.Outcome otherComponent = tracker.onTelemetry(noModel.memory(),
                message(2, Duration.ofHours(2), VehicleSignals.NONE),
                List.of(prediction(2, Component.TIRES, 0.1, null)));
        assertThat(noModel.events()).isEmpty();
        assertThat(otherComponent.events()).isEmpty();
        assertThat(LeadTracker.openLeads(otherComponent.memory())).extracting(OpenLead::subject)
                .containsExactly("BATTERY");
    }

    @Test
    void aSevereCodeOpensALeadOnceItStayedActiveLongEnoughAndResolvesWhenItIsGone() {
        List<ServiceLead> events = new ArrayList<>();
        LeadMemory m = null;
        for (int minute = 0; minute <= 40; minute += 5) {
            LeadTracker.Outcome o = tracker.onTelemetry(m, message(minute, Duration.ofMinutes(minute),
                    dtcs("P0301", "P0455")), List.of());
            m = o.memory();
            events.addAll(o.events());
        }
        LeadTracker.Outcome unmeasured = tracker.onTelemetry(m, message(41, Duration.ofMinutes(41),
                VehicleSignals.NONE), List.of());
        LeadTracker.Outcome gone = tracker.onTelemetry(unmeasured.memory(), message(42, Duration.ofMinutes(42),
                dtcs()), List.of());

        assertThat(events).extracting(ServiceLead::reason, ServiceLead::subject, ServiceLead::event,
                ServiceLead::priority, ServiceLead::at)
                .as("P0455 is LOW: never a lead").containsExactly(tuple(LeadReason.SEVERE_DTC, "P0301",
                        LeadEvent.OPENED, LeadPriority.HIGH, T0.plus(Duration.ofMinutes(30))));
        assertThat(events.get(0).evidence()).startsWith("P0301 (").contains("high", "active for 30 min");
        assertThat(unmeasured.events()).as("a report without a DTC list says nothing about codes").isEmpty();
        assertThat(gone.events()).extracting(ServiceLead::event).containsExactly(LeadEvent.RESOLVED);
    }

    @Test
    void aCriticalCodeIsUrgent() {
        LeadTracker t = tracker(LeadRules.DEFAULTS.withSevereDtcActiveFor(Duration.ofMinutes(1)));
        LeadMemory m = t.onTelemetry(null, message(0, Duration.ZERO, dtcs("P0524")), List.of()).memory();
        assertThat(t.onTelemetry(m, message(1, Duration.ofMinutes(1), dtcs("P0524")), List.of()).events())
                .extracting(ServiceLead::priority).containsExactly(LeadPriority.URGENT);
    }

    @Test
    void aLeadOpenTooLongExpiresAndIsNotRaisedAgainUntilTheConditionEnds() {
        LeadTracker t = tracker(LeadRules.DEFAULTS.withExpireAfter(Duration.ofHours(2)));
        List<ServiceLead> events = new ArrayList<>();
        LeadMemory m = null;
        double[] p = {0.6, 0.6, 0.6, 0.6, 0.1, 0.6};
        for (int i = 0; i < p.length; i++) {
            LeadTracker.Outcome o = t.onTelemetry(m, message(i, Duration.ofHours(i), VehicleSignals.NONE),
                    List.of(prediction(i, Component.BATTERY, p[i], null)));
            m = o.memory();
            events.addAll(o.events());
            if (i == 2) {
                assertThat(LeadTracker.openLeads(m)).as("an expired lead is not open").isEmpty();
            }
        }
        assertThat(events).extracting(ServiceLead::event, ServiceLead::at).containsExactly(
                tuple(LeadEvent.OPENED, T0),
                tuple(LeadEvent.EXPIRED, T0.plus(Duration.ofHours(2))),
                tuple(LeadEvent.OPENED, T0.plus(Duration.ofHours(5))));
        assertThat(events.get(2).leadId()).isNotEqualTo(events.get(0).leadId());
    }

    @Test
    void aMessageOlderThanTheNewestChangesNothing() {
        LeadMemory m = tracker.onTelemetry(null, message(5, Duration.ofHours(5), VehicleSignals.NONE), List.of())
                .memory();
        LeadTracker.Outcome stale = tracker.onTelemetry(m, message(4, Duration.ofHours(4), dtcs("P0524")),
                List.of(prediction(4, Component.BATTERY, 0.99, 1.0)));
        assertThat(stale.memory()).isSameAs(m);
        assertThat(stale.events()).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameLeadsWithTheSameIds() {
        Drive first = Drive.start(tracker).to(1_000, 20_000, VehicleSignals.builder().latitude(LAT).longitude(LON));
        Drive second = Drive.start(tracker(LeadRules.DEFAULTS)).to(1_000, 20_000,
                VehicleSignals.builder().latitude(LAT).longitude(LON));
        assertThat(second.events()).isNotEmpty().isEqualTo(first.events());
        assertThat(second.memory()).isEqualTo(first.memory());
    }

    /**
     * The tracker judges the service book only where a limit can be crossed (LeadMemory.ServiceCheck). Judging it on
     * every message instead (the check cleared before each one) must give exactly the same leads: over distance,
     * engine hours, time, a recorded service in the middle, messages without engine hours, and lead expiry.
     */
    @Test
    void judgingTheBookOnlyAtItsNextLimitGivesTheSameLeadsAsJudgingItOnEveryMessage() {
        LeadTracker t = tracker(LeadRules.DEFAULTS.withExpireAfter(Duration.ofDays(45)));
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<ServiceLead> lazy = new ArrayList<>();
        List<ServiceLead> eager = new ArrayList<>();
        LeadMemory lazyMemory = null;
        LeadMemory eagerMemory = null;
        double km = 1_000;
        double hours = 40;
        Instant at = T0;
        for (int seq = 0; seq < 6_000; seq++) {
            km += random.nextDouble(0, 12);
            hours += random.nextDouble(0, 0.4);
            at = at.plus(Duration.ofMinutes(random.nextInt(1, 180)));
            VehicleSignals.Builder signals = VehicleSignals.builder().odometerKm(km).latitude(LAT).longitude(LON);
            if (seq % 7 != 0) {
                signals.engineHours(hours);
            }
            Telemetry message = new Telemetry(VIN, seq, at, signals.build());
            LeadTracker.Outcome l = t.onTelemetry(lazyMemory, message, List.of());
            LeadTracker.Outcome e = t.onTelemetry(withoutCheck(eagerMemory), message, List.of());
            lazyMemory = l.memory();
            eagerMemory = e.memory();
            lazy.addAll(l.events());
            eager.addAll(e.events());
            if (seq % 1_000 == 500) { // a workshop visit does every item with an open lead
                for (OpenLead open : LeadTracker.openLeads(lazyMemory)) {
                    ServiceRecord done = new ServiceRecord(ServiceItem.valueOf(open.subject()), at, km, hours);
                    l = t.onServiceRecord(lazyMemory, VIN, done);
                    e = t.onServiceRecord(withoutCheck(eagerMemory), VIN, done);
                    lazyMemory = l.memory();
                    eagerMemory = e.memory();
                    lazy.addAll(l.events());
                    eager.addAll(e.events());
                }
            }
        }
        assertThat(lazy).hasSizeGreaterThan(10).isEqualTo(eager);
        assertThat(lazy).extracting(ServiceLead::event).contains(LeadEvent.OPENED, LeadEvent.ESCALATED,
                LeadEvent.RESOLVED, LeadEvent.EXPIRED);
    }

    private static LeadMemory withoutCheck(LeadMemory m) {
        return m == null ? null : new LeadMemory(m.vin(), m.newestEventTime(), m.firstReport(), m.current(),
                m.latitude(), m.longitude(), m.records(), m.episodes(), m.severeDtcs(), null);
    }

    @Test
    void rulesNameTheFieldThatIsWrong() {
        assertThatThrownBy(() -> LeadRules.DEFAULTS.withPredictionThreshold(0.5, 0.6))
                .hasMessageStartingWith("predictionClearBelow: expected at most predictionThreshold");
        assertThatThrownBy(() -> LeadRules.DEFAULTS.withExpireAfter(Duration.ZERO))
                .hasMessageStartingWith("expireAfter: expected a positive duration");
        assertThatThrownBy(() -> new LeadRules(1.5, 0.4, 0.8, 7, DtcSeverity.HIGH, Duration.ofMinutes(1),
                Duration.ofDays(1), 3, 50)).hasMessageStartingWith("predictionThreshold: expected a probability");
        assertThat(LeadRules.DEFAULTS.isSevere(DtcSeverity.CRITICAL)).isTrue();
        assertThat(LeadRules.DEFAULTS.isSevere(DtcSeverity.MEDIUM)).isFalse();
    }

    @Test
    void leadPriorityMaxIsTheMoreUrgent() {
        assertThat(LeadPriority.MEDIUM.max(LeadPriority.URGENT)).isEqualTo(LeadPriority.URGENT);
        assertThat(LeadPriority.HIGH.max(LeadPriority.LOW)).isEqualTo(LeadPriority.HIGH);
        assertThat(LeadPriority.HIGH.max(null)).isEqualTo(LeadPriority.HIGH);
    }

    static Telemetry message(long seq, Duration offset, VehicleSignals signals) {
        return new Telemetry(VIN, seq, T0.plus(offset), signals);
    }

    static VehicleSignals dtcs(String... codes) {
        return VehicleSignals.builder().dtcs(List.of(codes)).build();
    }

    static FailurePrediction prediction(long seq, Component component, double probability, Double rulDays) {
        return new FailurePrediction(VIN, seq, T0, component, probability, 30, rulDays, "test-model", List.of());
    }
}
