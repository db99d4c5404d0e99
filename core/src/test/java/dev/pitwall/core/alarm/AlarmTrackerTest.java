package dev.pitwall.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlarmTrackerTest {

    static final String VIN = "1PWTST00000000001";
    static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    static final VehicleSignals NOTHING = VehicleSignals.NONE;

    final AlarmTracker tracker = new AlarmTracker(AlarmRules.DEFAULTS);
    AlarmMemory memory;
    final List<VehicleAlarm> transitions = new ArrayList<>();

    static Instant at(Duration offset) {
        return T0.plus(offset);
    }

    static Duration min(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    static Telemetry message(long seq, Duration offset, VehicleSignals signals) {
        return new Telemetry(VIN, seq, at(offset), signals);
    }

    static VehicleSignals dtcs(String... codes) {
        return VehicleSignals.builder().dtcs(List.of(codes)).build();
    }

    static VehicleSignals battery(double volts, Boolean engineRunning) {
        return VehicleSignals.builder().batteryVoltage(volts).engineRunning(engineRunning).build();
    }

    List<VehicleAlarm> send(long seq, Duration offset, VehicleSignals signals) {
        return record(tracker.onTelemetry(memory, message(seq, offset, signals)));
    }

    List<VehicleAlarm> advanceTo(Duration offset) {
        return record(tracker.onEventTime(memory, at(offset)));
    }

    private List<VehicleAlarm> record(AlarmTracker.Outcome outcome) {
        memory = outcome.memory();
        transitions.addAll(outcome.transitions());
        return outcome.transitions();
    }

    @Nested
    class Offline {

        @Test
        void raisedOnceWhenEventTimeReachesTenMinutesOfSilenceAndClearedOnceByTheNextMessage() {
            send(1, min(0), NOTHING);
            send(2, min(1), NOTHING);

            assertThat(tracker.nextDeadline(memory)).contains(at(min(11)));
            assertThat(advanceTo(min(11).minusMillis(1))).isEmpty();
            List<VehicleAlarm> raised = advanceTo(min(11));
            assertThat(advanceTo(min(30))).as("raised once").isEmpty();
            assertThat(tracker.nextDeadline(memory)).as("nothing pending while offline").isEmpty();
            List<VehicleAlarm> cleared = send(3, min(25), NOTHING);
            assertThat(send(4, min(26), NOTHING)).as("cleared once").isEmpty();

            assertThat(raised).containsExactly(new VehicleAlarm(VIN, AlarmType.VEHICLE_OFFLINE, "", AlarmState.RAISED,
                    at(min(1)), at(min(11)), "no telemetry since 2026-11-01T08:01:00Z (10 min of event time)"));
            assertThat(cleared).containsExactly(new VehicleAlarm(VIN, AlarmType.VEHICLE_OFFLINE, "",
                    AlarmState.CLEARED, at(min(1)), at(min(25)),
                    "telemetry again at 2026-11-01T08:25:00Z after 24 min of silence"));
            assertThat(tracker.nextDeadline(memory)).contains(at(min(36)));
        }

        @Test
        void theReturningMessageRaisesAndClearsWhatNoWatermarkHadReachedYet() {
            send(1, min(0), NOTHING);
            List<VehicleAlarm> both = send(2, min(15), NOTHING);

            assertThat(both).extracting(VehicleAlarm::state).containsExactly(AlarmState.RAISED, AlarmState.CLEARED);
            assertThat(both).extracting(VehicleAlarm::at).containsExactly(at(min(10)), at(min(15)));
            assertThat(both).extracting(VehicleAlarm::since).containsOnly(T0);
        }

        @Test
        void silenceOfExactlyTheThresholdIsOfflineAndOneMillisecondLessIsNot() {
            send(1, min(0), NOTHING);
            assertThat(send(2, min(10).minusMillis(1), NOTHING)).isEmpty();
            assertThat(send(3, min(20).minusMillis(1), NOTHING)).extracting(VehicleAlarm::state)
                    .containsExactly(AlarmState.RAISED, AlarmState.CLEARED);
        }

        @Test
        void sameEventTimeWithHigherSeqIsNewerAndLowerSeqIsNot() {
            send(5, min(0), NOTHING);
            advanceTo(min(10));
            assertThat(send(4, min(0), NOTHING)).as("older seq at the same time").isEmpty();
            assertThat(send(6, min(0), NOTHING)).extracting(VehicleAlarm::state).containsExactly(AlarmState.CLEARED);
        }

        @Test
        void anOlderMessageNeitherClearsNorMovesTheDeadline() {
            send(1, min(0), NOTHING);
            send(3, min(2), NOTHING);
            assertThat(send(2, min(1), NOTHING)).isEmpty();
            assertThat(tracker.nextDeadline(memory)).contains(at(min(12)));

            advanceTo(min(12));
            assertThat(send(2, min(1), NOTHING)).as("late, older than the newest").isEmpty();
            assertThat(memory.offlineRaisedAt()).isEqualTo(at(min(12)));
        }

        @Test
        void aClearNeverPrecedesItsRaise() {
            // the watermark passed the deadline before a message that is newer for the vehicle but older than the
            // deadline arrived: data later than the job's out-of-orderness allows
            send(1, min(0), NOTHING);
            advanceTo(min(10));
            assertThat(send(2, min(5), NOTHING)).singleElement()
                    .satisfies(clear -> assertThat(clear.at()).isEqualTo(at(min(10))));
        }

        @Test
        void nothingBeforeTheFirstMessage() {
            assertThat(tracker.nextDeadline(null)).isEmpty();
            assertThat(tracker.onEventTime(null, T0).transitions()).isEmpty();
        }
    }

    @Nested
    class PersistentDtc {

        @Test
        void raisedOnceAfterAnHourOfReportsAndClearedByAListWithoutTheCode() {
            send(1, min(0), dtcs());
            send(2, min(5), dtcs("P0301"));
            assertThat(tracker.nextDeadline(memory)).as("offline comes first").contains(at(min(15)));
            for (int i = 3; i <= 14; i++) {
                send(i, min(5L * i - 5), dtcs("P0301"));
            }
            send(15, min(65), dtcs("P0301"));
            send(16, min(66), NOTHING); // no list: "not reported", the code stays active
            send(17, min(70), dtcs("P0420"));

            assertThat(transitions).containsExactly(
                    new VehicleAlarm(VIN, AlarmType.DTC_PERSISTENT, "P0301", AlarmState.RAISED, at(min(5)),
                            at(min(65)), "P0301 active since 2026-11-01T08:05:00Z (1 h)"),
                    new VehicleAlarm(VIN, AlarmType.DTC_PERSISTENT, "P0301", AlarmState.CLEARED, at(min(5)),
                            at(min(70)), "P0301 no longer reported at 2026-11-01T09:10:00Z, after 1 h 5 min active"));
            assertThat(memory.dtcs()).extracting(AlarmMemory.ActiveDtc::code).containsExactly("P0420");
        }

        @Test
        void aCodeThatGoesBeforeTheHourRaisesNothingAndItsReturnStartsANewAlarm() {
            for (int i = 0; i < 12; i++) {
                send(i, min(5L * i), dtcs("P0301"));
            }
            send(12, min(58), dtcs());
            for (int i = 13; i <= 24; i++) {
                send(i, min(60 + 5L * (i - 13)), dtcs("P0301"));
            }
            assertThat(transitions).as("gone at 58 min, before its hour").isEmpty();
            assertThat(tracker.nextDeadline(memory)).as("the code's hour, before offline at 125")
                    .contains(at(min(120)));

            send(25, min(120), dtcs("P0301", "P0420"));

            assertThat(transitions).singleElement().satisfies(raise -> {
                assertThat(raise.subject()).isEqualTo("P0301");
                assertThat(raise.since()).as("a new alarm: its own since").isEqualTo(at(min(60)));
                assertThat(raise.at()).isEqualTo(at(min(120)));
            });
        }

        @Test
        void eachCodeIsItsOwnAlarmAndAnOlderListChangesNothing() {
            send(1, min(0), dtcs("P0420", "P0301"));
            send(2, min(9), dtcs("P0301", "P0301"));
            send(3, min(18), dtcs("P0301", "C0750"));
            send(4, min(17), dtcs()); // older than the newest: must not clear P0301
            send(5, min(27), dtcs("C0750", "P0301"));
            send(6, min(36), NOTHING);
            send(7, min(45), NOTHING);
            send(8, min(54), NOTHING);
            send(9, min(60), NOTHING);

            assertThat(transitions).singleElement().satisfies(raise -> {
                assertThat(raise.subject()).isEqualTo("P0301");
                assertThat(raise.since()).isEqualTo(T0);
                assertThat(raise.at()).isEqualTo(at(min(60)));
            });
            assertThat(memory.dtcs()).extracting(AlarmMemory.ActiveDtc::code, AlarmMemory.ActiveDtc::since)
                    .containsExactly(tuple("C0750", at(min(18))), tuple("P0301", T0));
            assertThat(tracker.nextDeadline(memory)).as("offline of the message at 60 min").contains(at(min(70)));
        }
    }

    @Nested
    class BatteryLowParked {

        @Test
        void raisedAfterSixHoursLowAtRestAndClearedWhenTheVoltageRecovers() {
            send(1, min(0), battery(12.4, false));
            send(2, min(5), battery(11.6, false));
            for (int i = 3; i <= 42; i++) { // every 9 minutes until 365, so never offline
                send(i, min(5 + 9L * (i - 2)), VehicleSignals.builder().engineRunning(false).build());
            }
            advanceTo(min(365));
            send(43, min(366), battery(11.8, false)); // at the threshold is not low

            assertThat(transitions).containsExactly(
                    new VehicleAlarm(VIN, AlarmType.BATTERY_LOW_PARKED, "", AlarmState.RAISED, at(min(5)),
                            at(min(365)), "12 V battery 11.6 V < 11.8 V with the engine off since "
                                    + "2026-11-01T08:05:00Z (6 h)"),
                    new VehicleAlarm(VIN, AlarmType.BATTERY_LOW_PARKED, "", AlarmState.CLEARED, at(min(5)),
                            at(min(366)), "12 V battery 11.8 V >= 11.8 V at 2026-11-01T14:06:00Z, after 6 h 1 min "
                                    + "low at rest"));
            assertThat(memory.batteryLowSince()).isNull();
        }

        @Test
        void startingTheEngineClearsItAndALowVoltageWhileRunningIsNotParked() {
            send(1, min(0), battery(11.2, null));
            assertThat(tracker.nextDeadline(memory)).as("not reported running counts as at rest")
                    .contains(at(min(10)));
            advanceTo(Duration.ofHours(6));
            send(2, Duration.ofHours(6).plusMinutes(1), battery(11.2, true));
            send(3, Duration.ofHours(6).plusMinutes(2), battery(11.0, true));

            assertThat(transitions).extracting(VehicleAlarm::type, VehicleAlarm::state).containsExactly(
                    tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.RAISED),
                    tuple(AlarmType.BATTERY_LOW_PARKED, AlarmState.RAISED),
                    tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.CLEARED),
                    tuple(AlarmType.BATTERY_LOW_PARKED, AlarmState.CLEARED));
            assertThat(transitions.get(1).detail()).contains("with no engine running reported since");
            assertThat(transitions.get(3).detail()).startsWith("engine running at 2026-11-01T14:01:00Z");
            assertThat(memory.batteryLowSince()).isNull();
        }

        @Test
        void anOlderLowReadingDoesNotStartTheCondition() {
            send(2, min(1), battery(12.6, false));
            send(1, min(0), battery(11.0, false));

            assertThat(memory.batteryLowSince()).isNull();
            assertThat(memory.batteryVoltage()).isEqualTo(12.6);
        }
    }

    @Test
    void dueConditionsAreRaisedInDeadlineOrderAndTheNextDeadlineIsTheEarliestPending() {
        AlarmTracker quick = new AlarmTracker(new AlarmRules(min(30), min(20), 11.8, min(25)));
        AlarmTracker.Outcome first = quick.onTelemetry(null, message(1, min(0),
                VehicleSignals.builder().dtcs(List.of("P0301")).batteryVoltage(11.0).engineRunning(false).build()));
        assertThat(quick.nextDeadline(first.memory())).contains(at(min(20)));

        AlarmTracker.Outcome due = quick.onEventTime(first.memory(), at(Duration.ofDays(1)));

        assertThat(due.transitions()).extracting(VehicleAlarm::type).containsExactly(AlarmType.DTC_PERSISTENT,
                AlarmType.BATTERY_LOW_PARKED, AlarmType.VEHICLE_OFFLINE);
        assertThat(due.transitions()).extracting(VehicleAlarm::at).containsExactly(at(min(20)), at(min(25)),
                at(min(30)));
        assertThat(quick.nextDeadline(due.memory())).isEmpty();
        assertThat(due.memory().anyRaised()).isTrue();
        assertThat(quick.onEventTime(due.memory(), at(Duration.ofDays(2))).memory()).isSameAs(due.memory());
    }

    @Test
    void aMessageThatChangesNothingReturnsTheSameMemory() {
        AlarmTracker.Outcome first = tracker.onTelemetry(null, message(2, min(1), NOTHING));
        assertThat(tracker.onTelemetry(first.memory(), message(1, min(0), NOTHING)).memory()).isSameAs(first.memory());
        assertThat(tracker.onEventTime(first.memory(), at(min(2))).memory()).isSameAs(first.memory());
    }

    /**
     * The property a replay relies on: what comes out depends on the vehicle's messages alone, not on where the
     * watermark happened to be between them (as long as it never passes a message that has not arrived yet).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 4711})
    void transitionsDoNotDependOnWhenEventTimeAdvancesBetweenMessages(long seed) {
        Random random = new Random(seed);
        List<Telemetry> messages = randomVehicle(random, 400);
        AlarmTracker quick = new AlarmTracker(new AlarmRules(min(10), min(30), 11.8, min(45)));
        Instant end = messages.stream().map(Telemetry::eventTime).max(Instant::compareTo).orElseThrow()
                .plus(Duration.ofDays(1));

        List<VehicleAlarm> messagesOnly = new ArrayList<>();
        AlarmMemory m = null;
        for (Telemetry t : messages) {
            AlarmTracker.Outcome o = quick.onTelemetry(m, t);
            m = o.memory();
            messagesOnly.addAll(o.transitions());
        }
        messagesOnly.addAll(quick.onEventTime(m, end).transitions());

        List<VehicleAlarm> withWatermarks = new ArrayList<>();
        m = null;
        Instant watermark = null;
        Instant newest = null;
        for (Telemetry t : messages) {
            if (newest == null) {
                newest = t.eventTime();
                watermark = newest;
            } else if (t.eventTime().isAfter(newest)) {
                // any number of watermarks up to (never past) this message's event time
                for (int k = random.nextInt(3); k > 0; k--) {
                    Instant from = watermark.isAfter(newest) ? watermark : newest;
                    long span = Duration.between(from, t.eventTime()).toMillis();
                    watermark = from.plusMillis(span <= 0 ? 0 : (long) (random.nextDouble() * span));
                    AlarmTracker.Outcome o = quick.onEventTime(m, watermark);
                    m = o.memory();
                    withWatermarks.addAll(o.transitions());
                }
                newest = t.eventTime();
            }
            AlarmTracker.Outcome o = quick.onTelemetry(m, t);
            m = o.memory();
            withWatermarks.addAll(o.transitions());
        }
        withWatermarks.addAll(quick.onEventTime(m, end).transitions());

        assertThat(messagesOnly).as("the scenario raises alarms of every type")
                .extracting(VehicleAlarm::type).contains(AlarmType.values());
        assertThat(withWatermarks).isEqualTo(messagesOnly);
        assertRaisedOnceClearedOnce(messagesOnly);
    }

    static void assertRaisedOnceClearedOnce(List<VehicleAlarm> transitions) {
        List<String> open = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (VehicleAlarm a : transitions) {
            String id = a.type() + "/" + a.subject() + "/" + a.since();
            if (a.raised()) {
                assertThat(seen).as("raised once: " + id).doesNotContain(id);
                seen.add(id);
                open.add(id);
            } else {
                assertThat(open).as("cleared once, after its raise: " + id).contains(id);
                open.remove(id);
                assertThat(a.at()).isAfterOrEqualTo(a.since());
            }
        }
    }

    /** A vehicle that talks, pauses, parks with a weak battery and shows codes; with some older repeats. */
    static List<Telemetry> randomVehicle(Random random, int count) {
        List<Telemetry> out = new ArrayList<>();
        Instant t = T0;
        for (int seq = 0; seq < count; seq++) {
            t = t.plusSeconds(random.nextDouble() < 0.08 ? 60 * (5 + random.nextInt(60)) : 30 + random.nextInt(120));
            var signals = VehicleSignals.builder();
            if (random.nextDouble() < 0.5) {
                boolean running = random.nextDouble() < 0.3;
                signals.engineRunning(running).batteryVoltage(running ? 14.0 : 11.4 + random.nextInt(8) / 10.0);
            }
            double dtc = random.nextDouble();
            if (dtc < 0.15) {
                signals.dtcs(List.of("P0301", "P0420", "C0750").subList(0, 1 + random.nextInt(3)));
            } else if (dtc < 0.2) {
                signals.dtcs(List.of());
            }
            out.add(new Telemetry(VIN, seq, t, signals.build()));
            if (random.nextDouble() < 0.05 && out.size() > 3) {
                out.add(out.get(out.size() - 2 - random.nextInt(2))); // an older message again
            }
        }
        return out;
    }
}
