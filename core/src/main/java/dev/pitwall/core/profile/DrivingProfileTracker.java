package dev.pitwall.core.profile;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folds a vehicle's deduplicated messages, in plain Java, into its usage and driving profile and its daily usage
 * rows. Stateless apart from the rules: each call takes the vehicle's {@link DrivingProfileMemory} and returns the
 * next one with what to emit; the stream job's operator keeps the memory and one timer at {@link #nextEmission}.
 *
 * <p>Everything is judged on event time between consecutive messages (an "interval"), so the output is a function
 * of each vehicle's message sequence alone:
 * <ul>
 *   <li>Only a message newer than the newest one seen (event time, then seq) counts; an older one is ignored.</li>
 *   <li>An interval's distance (odometer delta, or speed × time for a vehicle that never reported an odometer),
 *       driving time, speeding time and night km go to the local day of the message that ends it.</li>
 *   <li>The vehicle's profile and its current day's row are emitted at most once per {@code emitInterval}: at the
 *       first event time at which it has unemitted messages and the interval since the last emission has passed
 *       (at once for a vehicle's first message or the first after a silence). That instant is reached either by
 *       the watermark ({@link #onEventTime}) or by the vehicle's next message ({@link #onTelemetry} first emits
 *       what was due before it); both emit the same rows. A message in a new local day first emits the previous
 *       day's final row, if it changed since it was last emitted.</li>
 * </ul>
 */
public final class DrivingProfileTracker {

    /** Odometers count in steps (often 0.1 or 1 km): a delta up to this much is always plausible. */
    static final double ODOMETER_RESOLUTION_KM = 1.0;

    private final DrivingProfileRules rules;
    private final DrivingProfileScorer scorer;

    public DrivingProfileTracker(DrivingProfileRules rules) {
        this.rules = rules;
        this.scorer = new DrivingProfileScorer(rules);
    }

    public DrivingProfileRules rules() {
        return rules;
    }

    /**
     * What one (deduplicated) message does: emits what was due before it, closes the previous day if it is in a
     * new one, counts the interval since the newest message, and emits if an emission is due now.
     *
     * @param memory the vehicle's memory so far, {@code null} before its first message
     * @return the next memory (the same instance when the message was not newer) and the rows to write
     */
    public Outcome onTelemetry(DrivingProfileMemory memory, Telemetry telemetry) {
        DrivingProfileMemory before = memory != null ? memory : DrivingProfileMemory.empty(telemetry.vin());
        if (!isNewer(before, telemetry)) {
            return new Outcome(before, List.of(), List.of());
        }
        Instant now = telemetry.eventTime();
        ProfileFold f = new ProfileFold(before);
        List<DrivingProfile> profiles = new ArrayList<>(1);
        List<DailyUsage> days = new ArrayList<>(2);

        Instant due = emissionDue(f.lastEmittedAt, f.dirtySince);
        if (due != null && due.isBefore(now)) {
            emit(f, due, profiles, days);
        }
        Duration gap = f.newest == null ? null : Duration.between(f.newest, now);
        boolean continuous = gap != null && gap.compareTo(rules.tripGap()) <= 0;
        if (f.tripStart != null && !continuous) {
            endTrip(f); // the trip ended with the silence, on the day of its last message
            markDirty(f, now);
        }
        LocalDate day = localDate(now);
        if (f.today != null && day.isAfter(f.today.day())) {
            if (f.dayDirty) {
                days.add(DailyUsage.of(f.vin, now, telemetry.seq(), f.today.build(), rules));
            }
            f.closeDay(day, rules.windowDays());
        } else if (f.today == null) {
            f.today = new BucketCounts(DailyBucket.empty(day));
            f.firstDay = day;
        }

        apply(f, telemetry, gap, continuous);
        f.newest = now;
        f.newestSeq = telemetry.seq();
        markDirty(f, now);

        if (!emissionDue(f.lastEmittedAt, f.dirtySince).isAfter(now)) {
            emit(f, now, profiles, days);
        }
        return new Outcome(f.toMemory(), profiles, days);
    }

    /**
     * Event time has reached {@code now} (the operator's timer fired): emits the profile and today's row if an
     * emission was due at or before it.
     *
     * @return the next memory (the same instance when nothing was due) and the rows to write
     */
    public Outcome onEventTime(DrivingProfileMemory memory, Instant now) {
        if (memory == null) {
            return new Outcome(null, List.of(), List.of());
        }
        Instant due = emissionDue(memory.lastEmittedAt(), memory.dirtySince());
        if (due == null || due.isAfter(now)) {
            return new Outcome(memory, List.of(), List.of());
        }
        ProfileFold f = new ProfileFold(memory);
        List<DrivingProfile> profiles = new ArrayList<>(1);
        List<DailyUsage> days = new ArrayList<>(1);
        emit(f, due, profiles, days);
        return new Outcome(f.toMemory(), profiles, days);
    }

    /** When the vehicle's next emission is due, empty when everything is emitted. */
    public Optional<Instant> nextEmission(DrivingProfileMemory memory) {
        return memory == null ? Optional.empty()
                : Optional.ofNullable(emissionDue(memory.lastEmittedAt(), memory.dirtySince()));
    }

    /** The vehicle's profile as of its newest message, whether or not it is due (null before the first message). */
    public DrivingProfile profile(DrivingProfileMemory memory) {
        if (memory == null || memory.today() == null) {
            return null;
        }
        return scorer.profile(memory.vin(), memory.newestEventTime(), memory.newestSeq(), memory.firstDay(),
                memory.today().day(), memory.days());
    }

    private Instant emissionDue(Instant lastEmittedAt, Instant dirtySince) {
        if (dirtySince == null) {
            return null;
        }
        if (lastEmittedAt == null) {
            return dirtySince;
        }
        Instant next = lastEmittedAt.plus(rules.emitInterval());
        return next.isAfter(dirtySince) ? next : dirtySince;
    }

    private void emit(ProfileFold f, Instant at, List<DrivingProfile> profiles, List<DailyUsage> days) {
        DailyBucket today = f.today.build();
        List<DailyBucket> all = new ArrayList<>(f.pastDays.size() + 1);
        all.addAll(f.pastDays);
        all.add(today);
        profiles.add(scorer.profile(f.vin, f.newest, f.newestSeq, f.firstDay, today.day(), all));
        days.add(DailyUsage.of(f.vin, f.newest, f.newestSeq, today, rules));
        f.lastEmittedAt = at;
        f.dirtySince = null;
        f.dayDirty = false;
    }

    private static void markDirty(ProfileFold f, Instant now) {
        if (f.dirtySince == null) {
            f.dirtySince = now;
        }
        f.dayDirty = true;
    }

    /** Counts the interval from the newest message to {@code t}, then takes over the signals {@code t} carries. */
    private void apply(ProfileFold f, Telemetry t, Duration gap, boolean continuous) {
        VehicleSignals s = t.signals();
        Instant now = t.eventTime();
        BucketCounts today = f.today;
        Double speed = s.speedKmh() != null ? s.speedKmh() : f.speedKmh;
        boolean wasMoving = f.speedKmh != null && f.speedKmh > rules.movingKmh();
        boolean moving = speed != null && speed > rules.movingKmh();
        Boolean engine = s.engineRunning() != null ? s.engineRunning() : f.engineRunning;
        double gapSeconds = gap == null ? 0 : gap.toNanos() / 1e9;

        // time: sample and hold, the speed at an interval's start holds for it; a longer silence is not driving
        if (continuous && wasMoving) {
            today.drivingSeconds += gapSeconds;
            if (f.speedKmh > rules.speedingKmh()) {
                today.speedingSeconds += gapSeconds;
            }
        }

        double km = distance(f, s, now, speed, continuous, gapSeconds);
        today.km += km;
        if (km > 0 && rules.isNight(localTime(now).toLocalTime())) {
            today.nightKm += km;
        }
        if (f.tripStart != null) {
            f.tripKm += km;
        }

        if (s.speedKmh() != null) {
            judgeHarshness(f, s.speedKmh(), now);
        }
        if (s.fuelLevelPct() != null) {
            fuel(f, s.fuelLevelPct(), Boolean.TRUE.equals(engine) || Boolean.TRUE.equals(f.engineRunning)
                    || moving || wasMoving, !moving || !wasMoving || !continuous);
        }
        if (moving) {
            f.refuelling = false; // the stop is over
        }
        trip(f, now, moving, engine);

        if (s.speedKmh() != null) {
            f.speedKmh = s.speedKmh();
            f.speedAt = now;
        }
        f.engineRunning = engine;
    }

    /**
     * The interval's distance: the odometer's delta when it reports one (a drop or a jump faster than
     * {@code maxPlausibleSpeedKmh} is a glitch: no distance, and the reading becomes the new baseline); for a
     * vehicle that never reported an odometer, the mean of the two speeds over a continuous interval.
     */
    private double distance(ProfileFold f, VehicleSignals s, Instant now, Double speed, boolean continuous,
            double gapSeconds) {
        if (s.odometerKm() != null) {
            double km = 0;
            if (f.odometerKm != null) {
                double delta = s.odometerKm() - f.odometerKm;
                double hours = Duration.between(f.odometerAt, now).toNanos() / 3.6e12;
                if (delta >= 0 && delta <= rules.maxPlausibleSpeedKmh() * hours + ODOMETER_RESOLUTION_KM) {
                    km = delta;
                }
            }
            f.odometerKm = s.odometerKm();
            f.odometerAt = now;
            return km;
        }
        if (f.odometerKm == null && continuous && f.speedKmh != null && speed != null) {
            return (f.speedKmh + speed) / 2 * gapSeconds / 3600;
        }
        return 0;
    }

    /** One event per run of harsh changes: counted when the run begins, not again while it lasts. */
    private void judgeHarshness(ProfileFold f, double speedKmh, Instant now) {
        if (f.speedAt == null) {
            return;
        }
        Duration dt = Duration.between(f.speedAt, now);
        if (dt.isZero() || dt.compareTo(rules.harshMaxGap()) > 0) {
            f.braking = false;
            f.accelerating = false;
            return; // too far apart to tell a hard stop from a gentle one
        }
        double mps2 = (speedKmh - f.speedKmh) / 3.6 / (dt.toNanos() / 1e9);
        boolean braking = mps2 <= -rules.harshBrakingMps2();
        boolean accelerating = mps2 >= rules.harshAccelerationMps2();
        if (braking && !f.braking) {
            f.today.harshBrakings++;
        }
        if (accelerating && !f.accelerating) {
            f.today.harshAccelerations++;
        }
        f.braking = braking;
        f.accelerating = accelerating;
    }

    /**
     * Fuel is measured against a reference, the lowest level since the last refuel: a new low with the engine
     * running or the vehicle moving is fuel used (sloshing up and down is counted once); a rise of at least
     * {@code refuelMinRisePct} across a stop is a refuel, and further rises at that stop add to it. A rise while
     * driving is the sensor, not a refuel.
     */
    private void fuel(ProfileFold f, double level, boolean running, boolean atStop) {
        if (f.fuelReferencePct == null) {
            f.fuelReferencePct = level;
        } else if (level < f.fuelReferencePct) {
            if (running) {
                f.today.fuelUsedPct += f.fuelReferencePct - level;
            }
            f.fuelReferencePct = level;
        } else if (level > f.fuelReferencePct && atStop) {
            double rise = level - f.fuelReferencePct;
            if (f.refuelling) {
                f.today.refuelledPct += rise;
                f.fuelReferencePct = level;
            } else if (rise >= rules.refuelMinRisePct()) {
                f.today.refuelCount++;
                f.today.refuelledPct += rise;
                f.fuelReferencePct = level;
                f.refuelling = true;
            }
        }
        f.fuelLevelPct = level;
    }

    /**
     * A trip starts with the engine running or the vehicle moving, and ends with the engine reported off while
     * standing, a silence longer than {@code tripGap} (see {@link #onTelemetry}), or, for a vehicle that never
     * reports its engine, a standstill of {@code tripGap}.
     */
    private void trip(ProfileFold f, Instant now, boolean moving, Boolean engine) {
        if (f.tripStart == null) {
            if (moving || Boolean.TRUE.equals(engine)) {
                f.tripStart = now;
                f.tripKm = 0;
            }
        } else if (!moving && Boolean.FALSE.equals(engine)) {
            endTrip(f);
        } else if (!moving && engine == null && f.stillSince != null
                && Duration.between(f.stillSince, now).compareTo(rules.tripGap()) >= 0) {
            endTrip(f);
        }
        f.stillSince = moving ? null : f.stillSince != null ? f.stillSince : now;
    }

    private void endTrip(ProfileFold f) {
        if (f.tripKm >= rules.minTripKm()) {
            f.today.trips++;
            f.today.tripKm += f.tripKm;
            if (f.today.startHours.size() < DailyBucket.MAX_START_HOURS) {
                f.today.startHours.add(localTime(f.tripStart).getHour());
            }
        }
        f.tripStart = null;
        f.tripKm = 0;
    }

    private ZonedDateTime localTime(Instant instant) {
        return instant.atZone(rules.zone());
    }

    private LocalDate localDate(Instant instant) {
        return localTime(instant).toLocalDate();
    }

    private static boolean isNewer(DrivingProfileMemory memory, Telemetry t) {
        if (memory.newestEventTime() == null) {
            return true;
        }
        int byTime = t.eventTime().compareTo(memory.newestEventTime());
        return byTime > 0 || (byTime == 0 && t.seq() > memory.newestSeq());
    }

    /**
     * @param memory   the vehicle's memory after the event
     * @param profiles profile snapshots to upsert (vehicle_profile), oldest first
     * @param days     daily usage rows to upsert (vehicle_daily_usage), oldest first
     */
    public record Outcome(DrivingProfileMemory memory, List<DrivingProfile> profiles, List<DailyUsage> days) {

        public Outcome {
            profiles = List.copyOf(profiles);
            days = List.copyOf(days);
        }
    }
}
