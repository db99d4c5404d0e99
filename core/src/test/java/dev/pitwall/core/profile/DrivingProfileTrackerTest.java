package dev.pitwall.core.profile;

import static dev.pitwall.core.profile.Trace.VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DrivingProfileTrackerTest {

    /** A Wednesday, 08:00 in Berlin (UTC+1 in March before the switch). */
    static final Instant T0 = Instant.parse("2026-03-04T07:00:00Z");
    static final LocalDate DAY0 = LocalDate.of(2026, 3, 4);
    static final Duration SECOND = Duration.ofSeconds(1);
    static final Duration MINUTE = Duration.ofMinutes(1);

    final DrivingProfileTracker tracker = new DrivingProfileTracker(DrivingProfileRules.DEFAULTS);

    record Run(DrivingProfileMemory memory, List<DrivingProfile> profiles, List<DailyUsage> days) {

        DailyUsage lastRowOf(LocalDate day) {
            return days.stream().filter(d -> d.day().equals(day)).reduce((a, b) -> b).orElseThrow();
        }

        DrivingProfile lastProfile() {
            return profiles.get(profiles.size() - 1);
        }
    }

    static Run run(DrivingProfileTracker tracker, List<Telemetry> messages) {
        DrivingProfileMemory memory = null;
        List<DrivingProfile> profiles = new ArrayList<>();
        List<DailyUsage> days = new ArrayList<>();
        for (Telemetry t : messages) {
            DrivingProfileTracker.Outcome outcome = tracker.onTelemetry(memory, t);
            memory = outcome.memory();
            profiles.addAll(outcome.profiles());
            days.addAll(outcome.days());
        }
        return new Run(memory, profiles, days);
    }

    /** As the operator does with a watermark right behind each message: timers fire before every message. */
    static Run runWithTimers(DrivingProfileTracker tracker, List<Telemetry> messages) {
        DrivingProfileMemory memory = null;
        List<DrivingProfile> profiles = new ArrayList<>();
        List<DailyUsage> days = new ArrayList<>();
        for (Telemetry t : messages) {
            var due = tracker.nextEmission(memory);
            if (due.isPresent() && due.get().isBefore(t.eventTime())) {
                DrivingProfileTracker.Outcome fired = tracker.onEventTime(memory, t.eventTime().minusNanos(1));
                memory = fired.memory();
                profiles.addAll(fired.profiles());
                days.addAll(fired.days());
            }
            DrivingProfileTracker.Outcome outcome = tracker.onTelemetry(memory, t);
            memory = outcome.memory();
            profiles.addAll(outcome.profiles());
            days.addAll(outcome.days());
        }
        return new Run(memory, profiles, days);
    }

    private Run run(List<Telemetry> messages) {
        return run(tracker, messages);
    }

    private DailyBucket today(Run run) {
        return run.memory().today();
    }

    @Test
    void countsDistanceFromTheOdometerAndDrivingTimeFromTheSpeed() {
        Trace trace = new Trace(T0).startEngine().drive(72, Duration.ofMinutes(5), Duration.ofSeconds(10))
                .stopEngine();

        Run run = run(trace.messages);

        assertThat(today(run).km()).isCloseTo(6.0, within(1e-9));
        assertThat(today(run).drivingSeconds()).as("standing at the first message").isEqualTo(290.0);
        assertThat(today(run).speedingSeconds()).isZero();
        assertThat(today(run).trips()).isEqualTo(1);
        assertThat(today(run).tripKm()).isCloseTo(6.0, within(1e-9));
        assertThat(today(run).tripStartHours()).containsExactly(8);
    }

    @Test
    void countsOneHarshBrakingPerRunOfHardDecelerations() {
        Trace trace = new Trace(T0).startEngine().drive(100, MINUTE, Duration.ofSeconds(10)) // +2.8 m/s²: brisk
                .speed(60, Duration.ofSeconds(2))   // -5.6 m/s²: harsh
                .speed(20, Duration.ofSeconds(2))   // still the same stop
                .speed(20, Duration.ofSeconds(2))
                .speed(0, Duration.ofSeconds(2))    // -2.8 m/s²: firm, not harsh
                .speed(100, Duration.ofSeconds(60)) // too far apart to judge
                .speed(50, Duration.ofSeconds(3));  // -4.6 m/s²: a second event

        Run run = run(trace.messages);

        assertThat(today(run).harshBrakings()).isEqualTo(2);
        assertThat(today(run).harshAccelerations()).isZero();
    }

    @Test
    void countsHarshAccelerationOnlyWhenTheReadingsAreCloseEnough() {
        Trace trace = new Trace(T0).startEngine()
                .speed(40, Duration.ofSeconds(3))   // +3.7 m/s²: harsh
                .speed(45, Duration.ofSeconds(3))
                .speed(0, Duration.ofSeconds(30))
                .speed(60, Duration.ofSeconds(11)); // +1.5 m/s², and beyond the 10 s gap anyway

        Run run = run(trace.messages);

        assertThat(today(run).harshAccelerations()).isEqualTo(1);
    }

    @Test
    void ignoresSpeedChangesAcrossMessagesWithoutSpeed() {
        Trace trace = new Trace(T0).startEngine().speed(100, SECOND)
                .wait(Duration.ofSeconds(20)).send(VehicleSignals.builder().fuelLevelPct(40.0).build())
                .speed(0, Duration.ofSeconds(2)); // 22 s after the last speed reading: not judged

        assertThat(today(run(trace.messages)).harshBrakings()).isZero();
    }

    @Test
    void countsTimeAboveTheSpeedingThreshold() {
        Trace trace = new Trace(T0).startEngine().drive(140, Duration.ofMinutes(5), Duration.ofSeconds(30))
                .drive(100, Duration.ofMinutes(5), Duration.ofSeconds(30));

        Run run = run(trace.messages);

        // the interval into the first 100 km/h reading still started at 140
        assertThat(today(run).speedingSeconds()).isEqualTo(300.0);
        assertThat(today(run).drivingSeconds()).isEqualTo(570.0);
    }

    @Test
    void countsKmAtNightInTheLocalZone() {
        // 21:30 local (20:30Z) for 20 min, then from 22:00 local for 20 min
        Trace trace = new Trace(Instant.parse("2026-03-04T20:30:00Z")).startEngine()
                .drive(60, Duration.ofMinutes(20), MINUTE)
                .wait(Duration.ofMinutes(10)).drive(60, Duration.ofMinutes(20), MINUTE);

        Run run = run(trace.messages);

        assertThat(today(run).km()).isCloseTo(40, within(1e-9));
        assertThat(today(run).nightKm()).isCloseTo(20, within(1e-9));
    }

    @Test
    void aTripEndsWithTheEngineOffAndNeedsSomeDistance() {
        Trace trace = new Trace(T0).startEngine().wait(MINUTE).stopEngine() // on and off in the drive: no trip
                .wait(MINUTE).startEngine().drive(30, Duration.ofMinutes(4), MINUTE).stopEngine()
                .wait(Duration.ofHours(9)).startEngine().drive(50, Duration.ofMinutes(12), MINUTE).stopEngine();

        DailyBucket day = today(run(trace.messages));

        assertThat(day.trips()).isEqualTo(2);
        assertThat(day.tripKm()).isCloseTo(12, within(1e-9));
        assertThat(day.tripStartHours()).containsExactly(8, 17);
    }

    @Test
    void aSilenceEndsATripOnTheDayOfItsLastMessage() {
        Trace trace = new Trace(Instant.parse("2026-03-04T21:00:00Z")).startEngine() // 22:00 local
                .drive(60, Duration.ofMinutes(30), MINUTE)
                .wait(Duration.ofHours(9)).send(); // the next morning, still "running": a new trip begins

        Run run = run(trace.messages);

        DailyUsage closed = run.lastRowOf(DAY0);
        assertThat(closed.trips()).isEqualTo(1);
        assertThat(closed.km()).isEqualTo(30.0);
        assertThat(closed.nightKm()).isEqualTo(30.0);
        assertThat(closed.asOf()).as("the message that closed the day").isEqualTo(trace.time());
        assertThat(today(run).day()).isEqualTo(DAY0.plusDays(1));
        assertThat(today(run).trips()).isZero();
        assertThat(run.memory().tripStart()).isEqualTo(trace.time());
    }

    @Test
    void withoutAnEngineFlagAStandstillOfTheTripGapEndsTheTrip() {
        Trace trace = new Trace(T0);
        for (int i = 0; i < 10; i++) {
            trace.wait(MINUTE).send(VehicleSignals.builder().speedKmh(60.0).build());
        }
        for (int i = 0; i < 12; i++) { // a long stop, reported every minute
            trace.wait(MINUTE).send(VehicleSignals.builder().speedKmh(0.0).build());
        }
        trace.wait(MINUTE).send(VehicleSignals.builder().speedKmh(30.0).build());

        Run run = run(trace.messages);

        assertThat(today(run).trips()).as("the stop ended the first; the second is open").isEqualTo(1);
        assertThat(run.memory().tripStart()).isEqualTo(trace.time());
        // never an odometer: the distance is the mean speed over each continuous interval
        assertThat(today(run).km()).isCloseTo(9 * 1.0 + 0.5 + 0.25, within(1e-9));
    }

    @Test
    void recognisesARefuelAtAStopAndAddsItsLaterRises() {
        Trace trace = new Trace(T0).fuel(20).startEngine().drive(50, Duration.ofMinutes(2), MINUTE).stopEngine()
                .wait(MINUTE).fuel(23).send()  // 3 points: not yet a refuel
                .wait(MINUTE).fuel(60).send()  // a refuel from the reference
                .wait(MINUTE).fuel(75).send()  // the same refuel, still at the pump
                .wait(MINUTE).fuel(74).send()  // the sensor settles: not fuel used, the engine is off
                .startEngine().drive(50, Duration.ofMinutes(2), MINUTE).wait(MINUTE).fuel(80).send(); // slosh

        Run run = run(trace.messages);

        double reference = 20 - 2 * (50 / 60.0) * 0.07 * 2; // the lowest level before the stop
        assertThat(today(run).refuelCount()).isEqualTo(1);
        assertThat(today(run).refuelledPct()).isCloseTo(75 - reference, within(1e-9));
        DrivingProfileTracker.Outcome flushed = tracker.onEventTime(run.memory(), trace.time().plus(Duration.ofDays(1)));
        assertThat(flushed.days()).singleElement().satisfies(row -> {
            assertThat(row.refuelledLitres()).isEqualTo(Rounding.hundredths((75 - reference) / 2));
            assertThat(row.refuelCount()).isEqualTo(1);
        });
    }

    @Test
    void countsFuelUsedAtEachNewLowSoSloshIsNotCountedTwice() {
        List<Double> levels = List.of(60.0, 55.0, 56.0, 54.0, 57.0, 53.0);
        Trace trace = new Trace(T0).fuel(60).startEngine();
        for (double level : levels) {
            trace.wait(MINUTE).fuel(level).speed(80, Duration.ZERO);
        }

        DailyBucket day = today(run(trace.messages));

        assertThat(day.fuelUsedPct()).isCloseTo(7, within(1e-9));
        assertThat(day.refuelCount()).isZero();
    }

    @Test
    void emitsTheFirstMessageAtOnceThenAtMostOncePerInterval() {
        Trace trace = new Trace(T0).startEngine().drive(50, Duration.ofMinutes(40), MINUTE);

        Run run = run(trace.messages);

        assertThat(run.profiles()).extracting(DrivingProfile::asOf)
                .containsExactly(T0, T0.plus(Duration.ofMinutes(15)), T0.plus(Duration.ofMinutes(30)));
        assertThat(run.days()).extracting(DailyUsage::asOf).containsExactly(T0, T0.plus(Duration.ofMinutes(15)),
                T0.plus(Duration.ofMinutes(30)));
        assertThat(run.memory().dirtySince()).isEqualTo(T0.plus(Duration.ofMinutes(31)));
        assertThat(tracker.nextEmission(run.memory())).contains(T0.plus(Duration.ofMinutes(45)));
    }

    @Test
    void aDueEmissionComesBeforeTheMessageThatPassesIt() {
        Trace trace = new Trace(T0).startEngine().drive(50, Duration.ofMinutes(10), MINUTE)
                .wait(Duration.ofMinutes(30)).send();

        Run run = run(trace.messages);

        // due at T0 + 15 min with what was known then (up to T0 + 10 min); the next message is one after a silence
        assertThat(run.profiles()).extracting(DrivingProfile::asOf)
                .containsExactly(T0, T0.plus(Duration.ofMinutes(10)), trace.time());
        assertThat(run.memory().lastEmittedAt()).isEqualTo(trace.time());
        assertThat(tracker.nextEmission(run.memory())).isEmpty();
    }

    @Test
    void theTimerEmitsWhatTheNextMessageWouldHave() {
        Trace trace = new Trace(T0).startEngine().drive(50, Duration.ofMinutes(10), MINUTE);
        Run run = run(trace.messages);
        Instant due = tracker.nextEmission(run.memory()).orElseThrow();

        DrivingProfileTracker.Outcome early = tracker.onEventTime(run.memory(), due.minusMillis(1));
        DrivingProfileTracker.Outcome fired = tracker.onEventTime(run.memory(), due.plus(Duration.ofHours(1)));
        DrivingProfileTracker.Outcome byMessage = tracker.onTelemetry(run.memory(),
                new Telemetry(VIN, 1000, due.plus(Duration.ofHours(1)), VehicleSignals.NONE));

        assertThat(early.memory()).isSameAs(run.memory());
        assertThat(early.profiles()).isEmpty();
        assertThat(fired.profiles()).singleElement().isEqualTo(byMessage.profiles().get(0));
        assertThat(fired.days()).singleElement().isEqualTo(byMessage.days().get(0));
        assertThat(fired.memory().lastEmittedAt()).isEqualTo(due);
        assertThat(tracker.nextEmission(fired.memory())).isEmpty();
    }

    @Test
    void aNewLocalDayEmitsThePreviousDaysFinalRow() {
        // 23:40 to 23:58 local, then 00:05 local the next day
        Trace trace = new Trace(Instant.parse("2026-03-04T22:40:00Z")).startEngine()
                .drive(60, Duration.ofMinutes(18), MINUTE).drive(60, Duration.ofMinutes(7), Duration.ofMinutes(7));

        Run run = run(trace.messages);

        DailyUsage lastOfDay0 = run.lastRowOf(DAY0);
        assertThat(lastOfDay0.km()).isEqualTo(18.0);
        assertThat(lastOfDay0.drivingMinutes()).as("standing at the first message").isEqualTo(17.0);
        assertThat(lastOfDay0.nightKm()).isEqualTo(18.0);
        assertThat(lastOfDay0.asOf()).isEqualTo(trace.time());
        assertThat(run.days()).as("the new day's row waits for the interval").extracting(DailyUsage::day)
                .containsExactly(DAY0, DAY0, DAY0);
        assertThat(run.memory().today().km()).isEqualTo(7.0);
        assertThat(run.memory().pastDays()).singleElement()
                .satisfies(d -> assertThat(d.day()).isEqualTo(DAY0));
    }

    @Test
    void countsDaysAndNightsInLocalTimeAcrossTheSwitchToSummerTime() {
        LocalDate switchDay = LocalDate.of(2026, 3, 29); // 02:00 CET becomes 03:00 CEST
        Trace trace = new Trace(Instant.parse("2026-03-28T22:50:00Z")).startEngine() // 23:50 CET on the 28th
                .drive(60, Duration.ofMinutes(20), MINUTE)                          // to 00:10 CET on the 29th
                .at(Instant.parse("2026-03-29T00:50:00Z")).send()                   // 01:50 CET
                .drive(60, Duration.ofMinutes(20), MINUTE)                          // to 03:10 CEST
                .at(Instant.parse("2026-03-29T03:00:00Z")).send()                   // 05:00 CEST: no longer night
                .drive(60, Duration.ofMinutes(10), MINUTE)
                .at(Instant.parse("2026-03-29T21:55:00Z")).send()                   // 23:55 CEST
                .drive(60, Duration.ofMinutes(10), MINUTE);                         // to 00:05 CEST on the 30th

        Run run = run(trace.messages);

        DailyUsage the28th = run.lastRowOf(switchDay.minusDays(1));
        DailyUsage the29th = run.lastRowOf(switchDay);
        assertThat(the28th.km()).as("23:51 to 23:59 CET").isEqualTo(9.0);
        assertThat(the29th.km()).isEqualTo(11 + 20 + 10 + 4.0);
        assertThat(the29th.nightKm()).as("00:00 to 00:10 CET, 01:51 CET to 03:10 CEST, 23:56 to 23:59 CEST")
                .isEqualTo(11 + 20 + 4.0);
        assertThat(run.memory().today().day()).isEqualTo(switchDay.plusDays(1));
        assertThat(run.memory().today().km()).isEqualTo(6.0);
    }

    @Test
    void anOlderMessageChangesNothing() {
        Trace trace = new Trace(T0).startEngine().drive(50, Duration.ofMinutes(5), MINUTE);
        Run run = run(trace.messages);

        Telemetry late = new Telemetry(VIN, 2, T0.plusSeconds(30), VehicleSignals.builder().odometerKm(1.0).build());
        Telemetry sameTimeLowerSeq = new Telemetry(VIN, 3, trace.time(), VehicleSignals.NONE);
        for (Telemetry t : List.of(late, sameTimeLowerSeq)) {
            DrivingProfileTracker.Outcome outcome = tracker.onTelemetry(run.memory(), t);
            assertThat(outcome.memory()).isSameAs(run.memory());
            assertThat(outcome.profiles()).isEmpty();
            assertThat(outcome.days()).isEmpty();
        }
    }

    @Test
    void survivesMessagesWithoutAnySignal() {
        Trace trace = new Trace(T0).send(VehicleSignals.NONE).wait(MINUTE).send(VehicleSignals.NONE)
                .wait(Duration.ofDays(2)).send(VehicleSignals.NONE);

        Run run = run(trace.messages);

        assertThat(run.days()).extracting(DailyUsage::km).containsOnly(0.0);
        assertThat(run.lastProfile().scores()).isEqualTo(DrivingScores.NOT_ENOUGH_DATA);
        assertThat(run.lastProfile().totals().observedDays()).isEqualTo(3);
        assertThat(run.lastProfile().totals().activeDays()).isZero();
    }

    @Test
    void treatsOdometerGlitchesAsNoDistance() {
        Trace trace = new Trace(T0);
        double[] readings = {10_000, 10_001, 99_999, 100_000, 5, 6.5};
        for (double km : readings) {
            trace.wait(MINUTE).send(VehicleSignals.builder().odometerKm(km).speedKmh(60.0).build());
        }

        // 1 km, a jump (glitch), 1 km from the new baseline, a drop (glitch), 1.5 km
        assertThat(today(run(trace.messages)).km()).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void keepsOnlyTheWindowsDaysInMemory() {
        Trace trace = new Trace(T0);
        for (int day = 0; day < 45; day++) {
            trace.at(T0.plus(Duration.ofDays(day))).startEngine().drive(60, Duration.ofMinutes(30), MINUTE)
                    .stopEngine();
        }

        Run run = run(trace.messages);

        assertThat(run.memory().pastDays()).hasSize(29);
        assertThat(run.memory().pastDays().get(0).day()).isEqualTo(DAY0.plusDays(15));
        DrivingProfile profile = tracker.profile(run.memory());
        assertThat(profile.windowFrom()).isEqualTo(DAY0.plusDays(15));
        assertThat(profile.windowTo()).isEqualTo(DAY0.plusDays(44));
        assertThat(profile.totals().km()).isEqualTo(30 * 30.0);
        assertThat(profile.totals().trips()).isEqualTo(30);
        assertThat(profile.totals().kmPerDay()).isEqualTo(30.0);
        // 07:00Z is 08:00 CET before 29 March and 09:00 CEST after it, as on 20 of the window's 30 days
        assertThat(profile.totals().typicalTripStartHour()).isEqualTo(9);
        assertThat(run.memory().toBytes()).hasSizeLessThan(4_000);
    }

    @Test
    void aReplayOfTheSameInputGivesTheSameRowsWhetherTimersFireOrNot() {
        List<Telemetry> input = randomWeek(new Random(7));

        Run first = run(input);
        Run second = run(new DrivingProfileTracker(DrivingProfileRules.DEFAULTS), input);
        Run withTimers = runWithTimers(tracker, input);

        assertThat(first.profiles()).hasSizeGreaterThan(20).isEqualTo(second.profiles());
        assertThat(first.days()).isEqualTo(second.days());
        assertThat(first.memory()).isEqualTo(second.memory());
        assertThat(withTimers.profiles()).isEqualTo(first.profiles());
        assertThat(withTimers.days()).isEqualTo(first.days());
        assertThat(first.lastProfile().scores().scored()).isTrue();
    }

    @Test
    void aRestoredMemoryCarriesOnAsIfNeverStopped() {
        List<Telemetry> input = randomWeek(new Random(11));
        Run straight = run(input);

        int half = input.size() / 2;
        Run before = run(input.subList(0, half));
        DrivingProfileMemory restored = DrivingProfileMemory.fromBytes(before.memory().toBytes());
        List<DrivingProfile> profiles = new ArrayList<>(before.profiles());
        List<DailyUsage> days = new ArrayList<>(before.days());
        DrivingProfileMemory memory = restored;
        for (Telemetry t : input.subList(half, input.size())) {
            var outcome = tracker.onTelemetry(memory, t);
            memory = outcome.memory();
            profiles.addAll(outcome.profiles());
            days.addAll(outcome.days());
        }

        assertThat(profiles).isEqualTo(straight.profiles());
        assertThat(days).isEqualTo(straight.days());
    }

    @Test
    void outOfOrderInputCountsOnlyTheNewerMessages() {
        List<Telemetry> input = new ArrayList<>(randomWeek(new Random(3)));
        List<Telemetry> shuffled = new ArrayList<>(input);
        Collections.swap(shuffled, 10, 11);
        Collections.swap(shuffled, 200, 201);

        Run inOrder = run(withoutSeqs(input, shuffled.get(11).seq(), shuffled.get(201).seq()));
        Run swapped = run(shuffled);

        // a swapped pair is read as its newer message only, as if the older one had never come
        assertThat(swapped.days()).isEqualTo(inOrder.days());
        assertThat(swapped.profiles()).isEqualTo(inOrder.profiles());
    }

    private static List<Telemetry> withoutSeqs(List<Telemetry> input, long... seqs) {
        List<Telemetry> kept = new ArrayList<>();
        for (Telemetry t : input) {
            boolean drop = false;
            for (long seq : seqs) {
                drop |= t.seq() == seq;
            }
            if (!drop) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** A week of commutes and errands with varying speeds, a refuel, night drives and silences. */
    static List<Telemetry> randomWeek(Random random) {
        Trace trace = new Trace(T0).fuel(60);
        for (int day = 0; day < 7; day++) {
            Instant morning = T0.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(60)));
            trace.at(morning).startEngine();
            for (int leg = 0; leg < 4; leg++) {
                trace.drive(30 + random.nextInt(120), Duration.ofMinutes(3 + random.nextInt(8)),
                        Duration.ofSeconds(5 + random.nextInt(20)));
                trace.speed(random.nextInt(20), Duration.ofSeconds(2 + random.nextInt(3)));
            }
            trace.stopEngine();
            if (day == 3) {
                trace.wait(Duration.ofMinutes(5)).fuel(95).send();
            }
            trace.at(morning.plus(Duration.ofHours(14))).startEngine() // 22:00 local and later
                    .drive(50 + random.nextInt(40), Duration.ofMinutes(20 + random.nextInt(40)), Duration.ofSeconds(30))
                    .stopEngine();
        }
        return trace.messages;
    }
}
