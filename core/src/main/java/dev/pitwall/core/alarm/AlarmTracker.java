package dev.pitwall.core.alarm;

import dev.pitwall.core.alarm.AlarmMemory.ActiveDtc;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decides, in plain Java, when a vehicle's alarms are raised and cleared, from its messages and the passing of
 * event time. Stateless apart from the rules: each call takes the vehicle's {@link AlarmMemory} and returns the
 * next one with the transitions it caused; the stream job's operator keeps the memory and one timer at
 * {@link #nextDeadline}.
 *
 * <p>The rules of the game, which make the output a function of each vehicle's message sequence alone:
 * <ul>
 *   <li>Only a message newer than the newest one seen (event time, then seq) counts; an older one, late or out of
 *       order, changes nothing, so it can never flip a condition back.</li>
 *   <li>A condition becomes an alarm at an exact event time, its deadline ({@code since} + the rule's duration),
 *       which is also the raise's {@code at}. Deadlines pass either when event time (the watermark) reaches them
 *       ({@link #onEventTime}) or when the vehicle's own next message is later than them ({@link #onTelemetry}
 *       first raises what was due before that message, then applies it). Whichever comes first, the events are
 *       the same, so a replay gives the same output however its watermarks happen to advance.</li>
 *   <li>Each alarm is raised once and cleared once: offline when any newer message arrives, a trouble code when a
 *       newer message carries a DTC list without it (an absent list is "not reported" and changes nothing), the
 *       battery when a newer message shows it at or above the threshold or the engine running. A condition that
 *       ends before its deadline raises nothing.</li>
 *   <li>A signal a message does not carry keeps its previous value, as in the vehicle's state; so does a
 *       condition over a silence (a code still active when the vehicle went quiet stays active).</li>
 * </ul>
 */
public final class AlarmTracker {

    private static final Comparator<VehicleAlarm> DEADLINE_ORDER = Comparator.comparing(VehicleAlarm::at)
            .thenComparing(VehicleAlarm::type).thenComparing(VehicleAlarm::subject);

    private final AlarmRules rules;

    public AlarmTracker(AlarmRules rules) {
        this.rules = rules;
    }

    public AlarmRules rules() {
        return rules;
    }

    /**
     * What one (deduplicated) message does: raises the alarms whose deadline lies before it, then applies it.
     *
     * @param memory the vehicle's memory so far, {@code null} before its first message
     * @return the next memory (the same instance when the message was not newer) and the transitions, in order
     */
    public Outcome onTelemetry(AlarmMemory memory, Telemetry telemetry) {
        AlarmMemory before = memory != null ? memory : AlarmMemory.empty(telemetry.vin());
        if (!isNewer(before, telemetry)) {
            return new Outcome(before, List.of());
        }
        List<VehicleAlarm> transitions = new ArrayList<>();
        AlarmMemory due = raiseDue(before, telemetry.eventTime(), transitions);
        return new Outcome(apply(due, telemetry, transitions), List.copyOf(transitions));
    }

    /**
     * Event time has reached {@code now} (the operator's timer fired): raises every condition whose deadline is at
     * or before it, in deadline order.
     *
     * @return the next memory (the same instance when nothing was due) and the raises
     */
    public Outcome onEventTime(AlarmMemory memory, Instant now) {
        if (memory == null) {
            return new Outcome(null, List.of());
        }
        List<VehicleAlarm> transitions = new ArrayList<>();
        AlarmMemory next = raiseDue(memory, now, transitions);
        return new Outcome(next, List.copyOf(transitions));
    }

    /** The earliest deadline of a condition not yet raised, empty when nothing is pending. */
    public Optional<Instant> nextDeadline(AlarmMemory memory) {
        if (memory == null || memory.newestEventTime() == null) {
            return Optional.empty();
        }
        Instant next = null;
        if (memory.offlineRaisedAt() == null) {
            next = memory.newestEventTime().plus(rules.offlineAfter());
        }
        for (ActiveDtc dtc : memory.dtcs()) {
            if (dtc.raisedAt() == null) {
                next = earliest(next, dtc.since().plus(rules.dtcActiveFor()));
            }
        }
        if (memory.batteryLowSince() != null && memory.batteryRaisedAt() == null) {
            next = earliest(next, memory.batteryLowSince().plus(rules.batteryLowParkedFor()));
        }
        return Optional.ofNullable(next);
    }

    private static boolean isNewer(AlarmMemory memory, Telemetry t) {
        if (memory.newestEventTime() == null) {
            return true;
        }
        int byTime = t.eventTime().compareTo(memory.newestEventTime());
        return byTime > 0 || (byTime == 0 && t.seq() > memory.newestSeq());
    }

    /** Raises, in deadline order, every pending condition whose deadline is at or before {@code now}. */
    private AlarmMemory raiseDue(AlarmMemory m, Instant now, List<VehicleAlarm> out) {
        if (m.newestEventTime() == null) {
            return m;
        }
        List<VehicleAlarm> raised = new ArrayList<>();
        Instant offlineRaisedAt = m.offlineRaisedAt();
        Instant offlineDeadline = m.newestEventTime().plus(rules.offlineAfter());
        if (offlineRaisedAt == null && !offlineDeadline.isAfter(now)) {
            offlineRaisedAt = offlineDeadline;
            raised.add(raise(m, AlarmType.VEHICLE_OFFLINE, "", m.newestEventTime(), offlineDeadline,
                    AlarmDetails.offlineRaised(m.newestEventTime(), rules.offlineAfter())));
        }
        List<ActiveDtc> dtcs = m.dtcs();
        for (int i = 0; i < dtcs.size(); i++) {
            ActiveDtc dtc = dtcs.get(i);
            Instant deadline = dtc.since().plus(rules.dtcActiveFor());
            if (dtc.raisedAt() == null && !deadline.isAfter(now)) {
                if (dtcs == m.dtcs()) {
                    dtcs = new ArrayList<>(m.dtcs());
                }
                dtcs.set(i, new ActiveDtc(dtc.code(), dtc.since(), deadline));
                raised.add(raise(m, AlarmType.DTC_PERSISTENT, dtc.code(), dtc.since(), deadline,
                        AlarmDetails.dtcRaised(dtc.code(), dtc.since(), rules.dtcActiveFor())));
            }
        }
        Instant batteryRaisedAt = m.batteryRaisedAt();
        if (m.batteryLowSince() != null && batteryRaisedAt == null) {
            Instant deadline = m.batteryLowSince().plus(rules.batteryLowParkedFor());
            if (!deadline.isAfter(now)) {
                batteryRaisedAt = deadline;
                raised.add(raise(m, AlarmType.BATTERY_LOW_PARKED, "", m.batteryLowSince(), deadline,
                        AlarmDetails.batteryRaised(m.batteryVoltage(), rules.batteryLowVolts(), m.engineRunning(),
                                m.batteryLowSince(), rules.batteryLowParkedFor())));
            }
        }
        if (raised.isEmpty()) {
            return m;
        }
        raised.sort(DEADLINE_ORDER);
        out.addAll(raised);
        return new AlarmMemory(m.vin(), m.newestEventTime(), m.newestSeq(), offlineRaisedAt, m.batteryVoltage(),
                m.engineRunning(), m.batteryLowSince(), batteryRaisedAt, dtcs);
    }

    /** Folds a newer message in: clears what it ends (offline, codes it no longer lists, battery), starts what it begins. */
    private AlarmMemory apply(AlarmMemory m, Telemetry t, List<VehicleAlarm> out) {
        Instant now = t.eventTime();
        VehicleSignals s = t.signals();
        if (m.offlineRaisedAt() != null) {
            out.add(clear(m, AlarmType.VEHICLE_OFFLINE, "", m.newestEventTime(), m.offlineRaisedAt(), now,
                    AlarmDetails.offlineCleared(m.newestEventTime(), now)));
        }

        List<ActiveDtc> dtcs = m.dtcs();
        if (s.dtcs() != null && !sameCodes(m.dtcs(), s.dtcs())) {
            SortedSet<String> reported = new TreeSet<>(s.dtcs());
            Map<String, ActiveDtc> known = new HashMap<>();
            List<ActiveDtc> next = new ArrayList<>(reported.size());
            for (ActiveDtc dtc : m.dtcs()) {
                if (reported.contains(dtc.code())) {
                    known.put(dtc.code(), dtc);
                } else if (dtc.raisedAt() != null) {
                    out.add(clear(m, AlarmType.DTC_PERSISTENT, dtc.code(), dtc.since(), dtc.raisedAt(), now,
                            AlarmDetails.dtcCleared(dtc.code(), dtc.since(), now)));
                }
            }
            for (String code : reported) {
                ActiveDtc dtc = known.get(code);
                next.add(dtc != null ? dtc : new ActiveDtc(code, now, null));
            }
            dtcs = next;
        }

        Double volts = s.batteryVoltage() != null ? s.batteryVoltage() : m.batteryVoltage();
        Boolean engineRunning = s.engineRunning() != null ? s.engineRunning() : m.engineRunning();
        // "not running" as the health score reads it: an engine never reported running counts as at rest
        boolean engineOn = Boolean.TRUE.equals(engineRunning);
        boolean low = volts != null && volts < rules.batteryLowVolts() && !engineOn;
        Instant lowSince = m.batteryLowSince();
        Instant batteryRaisedAt = m.batteryRaisedAt();
        if (low && lowSince == null) {
            lowSince = now;
        } else if (!low && lowSince != null) {
            if (batteryRaisedAt != null) {
                out.add(clear(m, AlarmType.BATTERY_LOW_PARKED, "", lowSince, batteryRaisedAt, now,
                        AlarmDetails.batteryCleared(volts, rules.batteryLowVolts(), engineOn, lowSince, now)));
            }
            lowSince = null;
            batteryRaisedAt = null;
        }
        return new AlarmMemory(m.vin(), now, t.seq(), null, volts, engineRunning, lowSince, batteryRaisedAt, dtcs);
    }

    /** Whether {@code reported} lists exactly the active codes: the common case, which then allocates nothing. */
    private static boolean sameCodes(List<ActiveDtc> active, List<String> reported) {
        if (active.size() != reported.size()) {
            return false;
        }
        outer:
        for (String code : reported) {
            for (ActiveDtc dtc : active) {
                if (dtc.code().equals(code)) {
                    continue outer;
                }
            }
            return false;
        }
        for (ActiveDtc dtc : active) {
            if (!reported.contains(dtc.code())) {
                return false;
            }
        }
        return true;
    }

    private static VehicleAlarm raise(AlarmMemory m, AlarmType type, String subject, Instant since, Instant at,
            String detail) {
        return new VehicleAlarm(m.vin(), type, subject, AlarmState.RAISED, since, at, detail);
    }

    /**
     * A clear is never earlier than its raise: a message that ends a condition normally comes after the deadline,
     * but one that arrives after the watermark passed the deadline while being older than it (data later than the
     * job's out-of-orderness allows) is clamped to the raise.
     */
    private static VehicleAlarm clear(AlarmMemory m, AlarmType type, String subject, Instant since, Instant raisedAt,
            Instant now, String detail) {
        Instant at = now.isBefore(raisedAt) ? raisedAt : now;
        return new VehicleAlarm(m.vin(), type, subject, AlarmState.CLEARED, since, at, detail);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /**
     * @param memory      the vehicle's memory after the event
     * @param transitions raises and clears, in the order they happened
     */
    public record Outcome(AlarmMemory memory, List<VehicleAlarm> transitions) {

        public Outcome {
            transitions = List.copyOf(transitions);
        }
    }
}
