package dev.pitwall.core.lead;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.dtc.DtcSeverity;
import dev.pitwall.core.lead.LeadMemory.ActiveCode;
import dev.pitwall.core.lead.LeadMemory.Episode;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.poi.PoiFilter;
import dev.pitwall.core.poi.PoiIndex;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.servicebook.ItemState;
import dev.pitwall.core.servicebook.ItemStatus;
import dev.pitwall.core.servicebook.ServiceBookEvaluator;
import dev.pitwall.core.servicebook.ScheduledItem;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecord;
import dev.pitwall.core.servicebook.ServiceSchedule;
import dev.pitwall.core.servicebook.ServiceSchedules;
import dev.pitwall.core.servicebook.VehicleReading;
import dev.pitwall.core.telemetry.Telemetry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides, message by message, which service-due leads a vehicle has: as a pure function of its
 * {@link LeadMemory} and the input, so that a Flink operator can hold the memory per vehicle and a replay of the
 * same telemetry gives the same leads with the same ids.
 *
 * <p>Three conditions open a lead; a vehicle has at most one lead per condition (reason and subject) at a time:
 * <ul>
 * <li>SERVICE_DUE: an item of the vehicle's service book ({@link ServiceBookEvaluator}, the same function the API
 *     uses) is due soon (MEDIUM) or overdue (HIGH). It resolves when a service record puts the item back to OK.
 * <li>FAILURE_PREDICTED: a component's failure probability reached {@link LeadRules#predictionThreshold()} (HIGH;
 *     URGENT when very likely or with little life left). It resolves once a prediction for the component falls
 *     below {@link LeadRules#predictionClearBelow()}; no prediction at all (no model loaded) changes nothing.
 * <li>SEVERE_DTC: a trouble code at least as severe as {@link LeadRules#severeDtc()} stayed in every report for
 *     {@link LeadRules#severeDtcActiveFor()} of event time (CRITICAL codes URGENT, others HIGH). It resolves when a
 *     report no longer lists it.
 * </ul>
 * A condition that gets worse escalates its lead (one ESCALATED event); one that eases does not lower it. A lead
 * still open {@link LeadRules#expireAfter()} after it opened expires, and no new lead opens for that condition
 * until it ends. A message older than the vehicle's newest changes nothing.
 */
public final class LeadTracker {

    /** The workshop service that deals with each predicted component's failure. */
    private static final Map<Component, ServiceItem> SERVICE_FOR_COMPONENT = new EnumMap<>(Map.of(
            Component.BATTERY, ServiceItem.BATTERY_CHECK,
            Component.BRAKE_PADS, ServiceItem.BRAKE_INSPECTION,
            Component.TIRES, ServiceItem.TIRE_ROTATION,
            Component.ENGINE_OIL, ServiceItem.OIL_SERVICE,
            Component.COOLING, ServiceItem.COOLANT_SERVICE,
            Component.IGNITION, ServiceItem.SPARK_PLUGS));

    private final LeadRules rules;
    private final ServiceSchedules schedules;
    private final DtcCatalog dtcs;
    private final PoiIndex pois;
    /** Schedules by WMI and model-year letter: what {@link ServiceSchedules#forVin} decides by; few per fleet. */
    private final Map<String, ServiceSchedule> scheduleCache = new HashMap<>();

    public LeadTracker(LeadRules rules, ServiceSchedules schedules, DtcCatalog dtcs, PoiIndex pois) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.dtcs = Objects.requireNonNull(dtcs, "dtcs");
        this.pois = Objects.requireNonNull(pois, "pois");
    }

    /** The memory after an input, and the lead events it caused, in order. */
    public record Outcome(LeadMemory memory, List<ServiceLead> events) {

        public Outcome {
            events = List.copyOf(events);
        }
    }

    /**
     * @param memory      the vehicle's memory so far, null before its first message
     * @param predictions the vehicle's current failure predictions, one per component at most (empty without a
     *                    model)
     * @return the same memory instance, and no events, when the message is older than the vehicle's newest
     */
    public Outcome onTelemetry(LeadMemory memory, Telemetry telemetry, List<FailurePrediction> predictions) {
        LeadMemory m = memory != null ? memory : LeadMemory.empty(telemetry.vin());
        Instant now = telemetry.eventTime();
        if (m.newestEventTime() != null && now.isBefore(m.newestEventTime())) {
            return new Outcome(memory, List.of());
        }
        var signals = telemetry.signals();
        VehicleReading previous = m.current();
        Double odometer = signals.odometerKm() != null ? signals.odometerKm()
                : previous != null ? previous.odometerKm() : null;
        Double hours = signals.engineHours() != null ? signals.engineHours()
                : previous != null ? previous.engineHours() : null;
        VehicleReading current = new VehicleReading(now, odometer, hours);
        VehicleReading first = m.firstReport() != null || odometer == null ? m.firstReport() : current;
        boolean located = signals.latitude() != null && signals.longitude() != null;
        Double latitude = located ? signals.latitude() : m.latitude();
        Double longitude = located ? signals.longitude() : m.longitude();
        List<ActiveCode> severe = signals.dtcs() == null ? m.severeDtcs() : severeCodes(m.severeDtcs(),
                signals.dtcs(), now);
        LeadMemory updated = new LeadMemory(m.vin(), now, first, current, latitude, longitude, m.records(),
                m.episodes(), severe, m.serviceCheck());

        Map<Key, Condition> conditions = new LinkedHashMap<>();
        Set<LeadReason> judged = EnumSet.of(LeadReason.SEVERE_DTC);
        // the book only changes where a limit is crossed: judging it on every message was most of the tracker's cost
        if (updated.serviceCheck() == null || updated.serviceCheck().reachedBy(current)) {
            updated = withServiceCheck(updated, serviceConditions(updated, now, conditions));
            judged.add(LeadReason.SERVICE_DUE);
        }
        predictionConditions(m, predictions, conditions);
        dtcConditions(severe, now, conditions);
        if (!predictions.isEmpty()) {
            judged.add(LeadReason.FAILURE_PREDICTED);
        }
        Outcome outcome = reconcile(updated, now, conditions, judged, predictionsKeptOpen(m, predictions));
        return judged.contains(LeadReason.SERVICE_DUE) ? withExpiryCheck(outcome) : outcome;
    }

    /**
     * A service the API recorded: the item's interval starts again from it, so its SERVICE_DUE lead resolves when
     * the item is back to OK (judged at the vehicle's newest message time). Records of an item keep only the newest.
     */
    public Outcome onServiceRecord(LeadMemory memory, String vin, ServiceRecord record) {
        LeadMemory m = memory != null ? memory : LeadMemory.empty(vin);
        List<ServiceRecord> records = new ArrayList<>();
        boolean replaced = false;
        for (ServiceRecord r : m.records()) {
            if (r.item() == record.item()) {
                records.add(NEWEST_RECORD.compare(record, r) > 0 ? record : r);
                replaced = true;
            } else {
                records.add(r);
            }
        }
        if (!replaced) {
            records.add(record);
        }
        LeadMemory updated = new LeadMemory(m.vin(), m.newestEventTime(), m.firstReport(), m.current(), m.latitude(),
                m.longitude(), records, m.episodes(), m.severeDtcs(), null);
        if (m.newestEventTime() == null) {
            return new Outcome(updated, List.of());
        }
        Map<Key, Condition> conditions = new LinkedHashMap<>();
        updated = withServiceCheck(updated, serviceConditions(updated, m.newestEventTime(), conditions));
        return withExpiryCheck(reconcile(updated, m.newestEventTime(), conditions, Set.of(LeadReason.SERVICE_DUE),
                Set.of()));
    }

    /** The vehicle's leads that are open now (not the expired ones), for the offer rules. */
    public static List<OpenLead> openLeads(LeadMemory memory) {
        if (memory == null) {
            return List.of();
        }
        List<OpenLead> open = new ArrayList<>();
        for (Episode e : memory.episodes()) {
            if (!e.expired()) {
                open.add(e.asOpenLead());
            }
        }
        return open;
    }

    private static final Comparator<ServiceRecord> NEWEST_RECORD = Comparator.comparing(ServiceRecord::performedAt)
            .thenComparingDouble(ServiceRecord::odometerKm);

    private record Key(LeadReason reason, String subject) {
    }

    /**
     * A condition that holds now. The evidence is only put into words when an event is emitted: formatting it for
     * every condition on every message cost more than all the rest of the tracker (JMH, docs/benchmarks.md).
     */
    private record Condition(LeadPriority priority, String suggestedService, Supplier<String> evidence) {
    }

    /**
     * Judges the service book, adds a condition per item due soon or overdue, and says where it must be judged next:
     * the nearest point at which an item moves on (OK to DUE_SOON, DUE_SOON to OVERDUE), a little early so that
     * rounding never makes it late; null (every message) while the vehicle lacks a reading the book needs.
     */
    private LeadMemory.ServiceCheck serviceConditions(LeadMemory m, Instant asOf, Map<Key, Condition> out) {
        if (m.firstReport() == null || m.current() == null) {
            return null;
        }
        List<ItemStatus> statuses = ServiceBookEvaluator.evaluate(schedule(m.vin()), m.records(),
                m.firstReport(), m.current(), asOf);
        Double km = null;
        Double hours = null;
        Instant time = null;
        boolean everyMessage = m.current().odometerKm() == null || m.current().engineHours() == null;
        for (ItemStatus s : statuses) {
            if (s.state() == ItemState.OVERDUE || s.state() == ItemState.DUE_SOON) {
                LeadPriority priority = s.state() == ItemState.OVERDUE ? LeadPriority.HIGH : LeadPriority.MEDIUM;
                out.put(new Key(LeadReason.SERVICE_DUE, s.item().name()),
                        new Condition(priority, s.item().name(), () -> serviceEvidence(s)));
            }
            if (s.state() == ItemState.OVERDUE || s.state() == ItemState.UNKNOWN) {
                continue;
            }
            boolean toDueSoon = s.state() == ItemState.OK;
            ScheduledItem item = s.schedule();
            if (s.due().odometerKm() != null) {
                km = min(km, s.due().odometerKm() - (toDueSoon ? item.marginKm() : 0) - KM_EARLY);
            }
            if (s.due().engineHours() != null) {
                hours = min(hours, s.due().engineHours() - (toDueSoon ? item.marginEngineHours() : 0) - HOURS_EARLY);
            }
            if (s.due().time() != null) {
                Duration margin = toDueSoon
                        ? item.marginTime(Duration.between(s.basis().time(), s.due().time())) : Duration.ZERO;
                Instant at = s.due().time().minus(margin).minus(TIME_EARLY);
                time = time == null || at.isBefore(time) ? at : time;
            }
        }
        return everyMessage ? null : new LeadMemory.ServiceCheck(km, hours, time);
    }

    /** Judged a little before each limit: the evaluator's own arithmetic (doubles, whole seconds) must never be ahead. */
    private static final double KM_EARLY = 0.001;
    private static final double HOURS_EARLY = 0.0001;
    private static final Duration TIME_EARLY = Duration.ofSeconds(1);

    private static Double min(Double a, double b) {
        return a == null || b < a ? b : a;
    }

    private static LeadMemory withServiceCheck(LeadMemory m, LeadMemory.ServiceCheck check) {
        return new LeadMemory(m.vin(), m.newestEventTime(), m.firstReport(), m.current(), m.latitude(),
                m.longitude(), m.records(), m.episodes(), m.severeDtcs(), check);
    }

    /** An open SERVICE_DUE lead must also be judged when it would expire. */
    private Outcome withExpiryCheck(Outcome outcome) {
        LeadMemory m = outcome.memory();
        if (m.serviceCheck() == null) {
            return outcome;
        }
        Instant time = m.serviceCheck().time();
        for (Episode e : m.episodes()) {
            if (e.reason() == LeadReason.SERVICE_DUE && !e.expired()) {
                Instant expiry = e.openedAt().plus(rules.expireAfter());
                time = time == null || expiry.isBefore(time) ? expiry : time;
            }
        }
        if (Objects.equals(time, m.serviceCheck().time())) {
            return outcome;
        }
        return new Outcome(withServiceCheck(m, new LeadMemory.ServiceCheck(m.serviceCheck().km(),
                m.serviceCheck().engineHours(), time)), outcome.events());
    }

    /** Not thread-safe, like the rest of the tracker: one instance per operator task. */
    private ServiceSchedule schedule(String vin) {
        String key = vin.length() >= 10 ? vin.substring(0, 3) + vin.charAt(9) : vin;
        return scheduleCache.computeIfAbsent(key, k -> schedules.forVin(vin));
    }

    private static String serviceEvidence(ItemStatus s) {
        String what = capitalised(s.item().displayName()) + (s.state() == ItemState.OVERDUE ? " overdue" : " due soon");
        if (s.decidingLimit() == null) {
            return what;
        }
        return switch (s.decidingLimit()) {
            case DISTANCE -> String.format(Locale.ROOT, "%s: due at %,.0f km, %,.0f km %s", what,
                    s.due().odometerKm(), Math.abs(s.remaining().km()), s.remaining().km() <= 0 ? "past" : "left");
            case TIME -> String.format(Locale.ROOT, "%s: due %s, %d days %s", what, s.due().time(),
                    Math.abs(s.remaining().time().toDays()), s.remaining().time().isNegative() ? "past" : "left");
            case ENGINE_HOURS -> String.format(Locale.ROOT, "%s: due at %,.0f engine hours, %,.0f h %s", what,
                    s.due().engineHours(), Math.abs(s.remaining().engineHours()),
                    s.remaining().engineHours() <= 0 ? "past" : "left");
        };
    }

    private void predictionConditions(LeadMemory before, List<FailurePrediction> predictions,
            Map<Key, Condition> out) {
        for (FailurePrediction p : predictions) {
            Key key = new Key(LeadReason.FAILURE_PREDICTED, p.component().name());
            boolean open = findEpisode(before, key) != null;
            double bar = open ? rules.predictionClearBelow() : rules.predictionThreshold();
            if (p.probability() < bar) {
                continue;
            }
            boolean urgent = p.probability() >= rules.predictionUrgentAbove()
                    || (p.expectedRulDays() != null && p.expectedRulDays() <= rules.urgentRulDays());
            Supplier<String> evidence = () -> String.format(Locale.ROOT,
                    "%s: %.0f %% probability of failure within %d days%s",
                    capitalised(p.component().displayName()), p.probability() * 100, p.horizonDays(),
                    p.expectedRulDays() == null ? ""
                            : String.format(Locale.ROOT, ", about %.0f days of life left", p.expectedRulDays()));
            out.put(key, new Condition(urgent ? LeadPriority.URGENT : LeadPriority.HIGH,
                    SERVICE_FOR_COMPONENT.get(p.component()).name(), evidence));
        }
    }

    /** FAILURE_PREDICTED leads without a prediction in this message stay as they are. */
    private static Set<Key> predictionsKeptOpen(LeadMemory before, List<FailurePrediction> predictions) {
        Set<Key> kept = new java.util.HashSet<>();
        for (Episode e : before.episodes()) {
            if (e.reason() == LeadReason.FAILURE_PREDICTED
                    && predictions.stream().noneMatch(p -> p.component().name().equals(e.subject()))) {
                kept.add(new Key(e.reason(), e.subject()));
            }
        }
        return kept;
    }

    private List<ActiveCode> severeCodes(List<ActiveCode> before, List<String> reported, Instant now) {
        List<ActiveCode> active = new ArrayList<>();
        for (String code : reported) {
            if (!rules.isSevere(dtcs.severity(code)) || active.stream().anyMatch(a -> a.code().equals(code))) {
                continue;
            }
            ActiveCode known = before.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
            active.add(known != null ? known : new ActiveCode(code, now));
        }
        return active.equals(before) ? before : active;
    }

    private void dtcConditions(List<ActiveCode> severe, Instant now, Map<Key, Condition> out) {
        for (ActiveCode a : severe) {
            Duration active = Duration.between(a.since(), now);
            if (active.compareTo(rules.severeDtcActiveFor()) >= 0) {
                DtcSeverity severity = dtcs.severity(a.code());
                out.put(new Key(LeadReason.SEVERE_DTC, a.code()), new Condition(
                        severity == DtcSeverity.CRITICAL ? LeadPriority.URGENT : LeadPriority.HIGH, "",
                        () -> String.format(Locale.ROOT, "%s (%s, %s) active for %d min since %s", a.code(),
                                dtcs.describe(a.code()), severity.name().toLowerCase(Locale.ROOT),
                                active.toMinutes(), a.since())));
            }
        }
    }

    /**
     * Brings the episodes of the {@code judged} reasons in line with {@code conditions}: opens, escalates, expires
     * and resolves. Episodes in {@code keep} and of other reasons stay as they are.
     */
    private Outcome reconcile(LeadMemory m, Instant now, Map<Key, Condition> conditions, Set<LeadReason> judged,
            Set<Key> keep) {
        List<ServiceLead> events = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        for (Episode e : m.episodes()) {
            Key key = new Key(e.reason(), e.subject());
            Condition c = conditions.remove(key);
            if (!judged.contains(e.reason()) || keep.contains(key)) {
                episodes.add(e);
            } else if (c == null) {
                if (!e.expired()) {
                    events.add(event(m, e, LeadEvent.RESOLVED, now, e.priority(), "condition ended", List.of()));
                }
            } else if (e.expired()) {
                episodes.add(e);
            } else if (!now.isBefore(e.openedAt().plus(rules.expireAfter()))) {
                Episode expired = new Episode(e.leadId(), e.reason(), e.subject(), e.priority(),
                        e.suggestedService(), e.openedAt(), true);
                events.add(event(m, expired, LeadEvent.EXPIRED, now, e.priority(), c.evidence().get(), List.of()));
                episodes.add(expired);
            } else if (c.priority().ordinal() < e.priority().ordinal()) {
                Episode escalated = new Episode(e.leadId(), e.reason(), e.subject(), c.priority(),
                        e.suggestedService(), e.openedAt(), false);
                events.add(event(m, escalated, LeadEvent.ESCALATED, now, c.priority(), c.evidence().get(),
                        workshops(m, e.suggestedService())));
                episodes.add(escalated);
            } else {
                episodes.add(e);
            }
        }
        conditions.forEach((key, c) -> {
            if (!judged.contains(key.reason())) {
                return;
            }
            Episode opened = new Episode(leadId(m.vin(), key, now), key.reason(), key.subject(), c.priority(),
                    c.suggestedService(), now, false);
            events.add(event(m, opened, LeadEvent.OPENED, now, c.priority(), c.evidence().get(),
                    workshops(m, c.suggestedService())));
            episodes.add(opened);
        });
        LeadMemory updated = new LeadMemory(m.vin(), m.newestEventTime(), m.firstReport(), m.current(), m.latitude(),
                m.longitude(), m.records(), episodes, m.severeDtcs(), m.serviceCheck());
        return new Outcome(updated, events);
    }

    private static Episode findEpisode(LeadMemory m, Key key) {
        for (Episode e : m.episodes()) {
            if (e.is(key.reason(), key.subject())) {
                return e;
            }
        }
        return null;
    }

    private static ServiceLead event(LeadMemory m, Episode e, LeadEvent event, Instant at, LeadPriority priority,
            String evidence, List<NearbyWorkshop> workshops) {
        return new ServiceLead(e.leadId(), m.vin(), e.reason(), e.subject(), event, priority, e.openedAt(), at,
                e.suggestedService(), evidence, m.latitude(), m.longitude(), workshops);
    }

    private List<NearbyWorkshop> workshops(LeadMemory m, String service) {
        if (m.latitude() == null || m.longitude() == null || rules.workshops() == 0) {
            return List.of();
        }
        PoiFilter filter = PoiFilter.kinds(PoiKind.WORKSHOP, PoiKind.DEALER);
        if (!service.isEmpty()) {
            filter = filter.withServices(service);
        }
        return pois.nearest(m.latitude(), m.longitude(), filter, rules.workshops(), rules.workshopRadiusKm())
                .stream()
                .map(match -> new NearbyWorkshop(match.poi().id(), match.poi().name(), match.poi().brand(),
                        Math.round(match.distanceKm() * 100) / 100.0))
                .toList();
    }

    /** Derived from what identifies the lead, so a replay gives the same id. */
    static String leadId(String vin, Key key, Instant openedAt) {
        String name = vin + '|' + key.reason() + '|' + key.subject() + '|' + openedAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
