package dev.pitwall.core.profile;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Every threshold of the usage and driving profiles, in one place (docs/driving-profiles.md explains each).
 * {@link #DEFAULTS} is what Pitwall ships; change one value with {@code DEFAULTS.toBuilder().speedingKmh(120).build()}.
 * Configuration, never state: a job restored from a checkpoint applies the rules it was started with to the buckets
 * it remembers (fuel is remembered in percentage points, so even the tank size applies afresh).
 *
 * @param zone                    where a vehicle's days and nights are counted (local midnight, 22:00)
 * @param movingKmh               above this speed the vehicle is moving (below: standing, e.g. at a light)
 * @param harshBrakingMps2        a speed drop between two messages at this deceleration or more is harsh braking
 * @param harshAccelerationMps2   a speed rise at this acceleration or more is harsh acceleration
 * @param harshMaxGap             only two speed readings at most this far apart are judged for harshness
 * @param speedingKmh             above this speed the vehicle is speeding
 * @param nightStart              local time from which driving counts as night driving
 * @param nightEnd                local time until which driving counts as night driving (may wrap midnight)
 * @param tripGap                 a silence or a standstill (engine state unknown) this long ends a trip; also the
 *                                longest gap between messages still counted as driving time
 * @param minTripKm               a trip shorter than this (engine on and off in the drive) is not counted
 * @param refuelMinRisePct        a fuel level rise of at least this many percentage points at a stop is a refuel
 * @param tankLitres              tank size, turning fuel level percentage points into litres
 * @param maxPlausibleSpeedKmh    an odometer jump implying more than this average speed is a glitch, not driving
 * @param emitInterval            at most one profile and current-day row per vehicle per this much event time
 * @param windowDays              local days the profile covers, the newest message's day included
 * @param minScoredKm             the window needs this many km before driving-style scores are given
 * @param minSegmentDays          the window needs this many observed days before mileage and commute segments
 * @param highMileageKmPerDay     HIGH_MILEAGE from this many km per observed day
 * @param lowMileageKmPerDay      LOW_MILEAGE below this many km per observed day
 * @param nightDriverShare        NIGHT_DRIVER from this share (0–1) of km driven at night
 * @param smoothDriverScore       SMOOTH_DRIVER when smoothness and speed discipline are both at least this
 * @param aggressiveDriverScore   AGGRESSIVE_DRIVER when smoothness or speed discipline is below this
 * @param shortTripKm             SHORT_TRIPS when the average trip is shorter than this ...
 * @param shortTripsMinTrips      ... over at least this many trips in the window
 * @param commuteMorningFromHour  a commute's morning trip starts at this local hour or later ...
 * @param commuteMorningToHour    ... and before this one
 * @param commuteEveningFromHour  a commute's evening trip starts at this local hour or later ...
 * @param commuteEveningToHour    ... and before this one
 * @param commuterMinDays         COMMUTER from this many weekdays in the window with a morning and an evening trip
 */
public record DrivingProfileRules(
        ZoneId zone,
        double movingKmh,
        double harshBrakingMps2,
        double harshAccelerationMps2,
        Duration harshMaxGap,
        double speedingKmh,
        LocalTime nightStart,
        LocalTime nightEnd,
        Duration tripGap,
        double minTripKm,
        double refuelMinRisePct,
        double tankLitres,
        double maxPlausibleSpeedKmh,
        Duration emitInterval,
        int windowDays,
        double minScoredKm,
        int minSegmentDays,
        double highMileageKmPerDay,
        double lowMileageKmPerDay,
        double nightDriverShare,
        int smoothDriverScore,
        int aggressiveDriverScore,
        double shortTripKm,
        int shortTripsMinTrips,
        int commuteMorningFromHour,
        int commuteMorningToHour,
        int commuteEveningFromHour,
        int commuteEveningToHour,
        int commuterMinDays) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest window a vehicle's memory keeps, which bounds its state: one small bucket per day. */
    public static final int MAX_WINDOW_DAYS = 120;

    public static final DrivingProfileRules DEFAULTS = new Builder().build();

    /** @throws IllegalArgumentException naming the rule and what was expected */
    public DrivingProfileRules {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(nightStart, "nightStart");
        Objects.requireNonNull(nightEnd, "nightEnd");
        requireRange("movingKmh", movingKmh, 0, 50);
        requireRange("harshBrakingMps2", harshBrakingMps2, 0.5, 15);
        requireRange("harshAccelerationMps2", harshAccelerationMps2, 0.5, 15);
        requirePositive("harshMaxGap", harshMaxGap);
        requireRange("speedingKmh", speedingKmh, movingKmh, 400);
        if (nightStart.equals(nightEnd)) {
            throw new IllegalArgumentException("nightEnd: expected a time other than nightStart " + nightStart);
        }
        requirePositive("tripGap", tripGap);
        requireRange("minTripKm", minTripKm, 0, 100);
        requireRange("refuelMinRisePct", refuelMinRisePct, 0.5, 100);
        requireRange("tankLitres", tankLitres, 1, 2000);
        requireRange("maxPlausibleSpeedKmh", maxPlausibleSpeedKmh, speedingKmh, 1000);
        requirePositive("emitInterval", emitInterval);
        requireRange("windowDays", windowDays, 1, MAX_WINDOW_DAYS);
        requireRange("minScoredKm", minScoredKm, 0, 100_000);
        requireRange("minSegmentDays", minSegmentDays, 1, windowDays);
        requireRange("lowMileageKmPerDay", lowMileageKmPerDay, 0, 10_000);
        requireRange("highMileageKmPerDay", highMileageKmPerDay, lowMileageKmPerDay, 10_000);
        requireRange("nightDriverShare", nightDriverShare, 0, 1);
        requireRange("aggressiveDriverScore", aggressiveDriverScore, 0, 100);
        requireRange("smoothDriverScore", smoothDriverScore, aggressiveDriverScore, 100);
        requireRange("shortTripKm", shortTripKm, 0, 1000);
        requireRange("shortTripsMinTrips", shortTripsMinTrips, 1, 100_000);
        requireRange("commuteMorningFromHour", commuteMorningFromHour, 0, 23);
        requireRange("commuteMorningToHour", commuteMorningToHour, commuteMorningFromHour + 1, 24);
        requireRange("commuteEveningFromHour", commuteEveningFromHour, 0, 23);
        requireRange("commuteEveningToHour", commuteEveningToHour, commuteEveningFromHour + 1, 24);
        requireRange("commuterMinDays", commuterMinDays, 1, windowDays);
    }

    /** Whether a local time of day counts as night: in [nightStart, nightEnd), across midnight when it wraps. */
    public boolean isNight(LocalTime time) {
        if (nightStart.isBefore(nightEnd)) {
            return !time.isBefore(nightStart) && time.isBefore(nightEnd);
        }
        return !time.isBefore(nightStart) || time.isBefore(nightEnd);
    }

    /** Litres in {@code pct} percentage points of the tank. */
    public double litres(double pct) {
        return pct * tankLitres / 100.0;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": expected a positive duration, got " + value);
        }
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + ": expected a value from " + format(min) + " to " + format(max)
                    + ", got " + format(value));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** Fluent construction starting from the defaults: twenty-nine positional arguments are too easy to get wrong. */
    public static final class Builder {
        private ZoneId zone = ZoneId.of("Europe/Berlin");
        private double movingKmh = 3;
        private double harshBrakingMps2 = 3.5;
        private double harshAccelerationMps2 = 3.0;
        private Duration harshMaxGap = Duration.ofSeconds(10);
        private double speedingKmh = 130;
        private LocalTime nightStart = LocalTime.of(22, 0);
        private LocalTime nightEnd = LocalTime.of(5, 0);
        private Duration tripGap = Duration.ofMinutes(10);
        private double minTripKm = 0.5;
        private double refuelMinRisePct = 5;
        private double tankLitres = 50;
        private double maxPlausibleSpeedKmh = 300;
        private Duration emitInterval = Duration.ofMinutes(15);
        private int windowDays = 30;
        private double minScoredKm = 50;
        private int minSegmentDays = 7;
        private double highMileageKmPerDay = 80;
        private double lowMileageKmPerDay = 15;
        private double nightDriverShare = 0.25;
        private int smoothDriverScore = 85;
        private int aggressiveDriverScore = 50;
        private double shortTripKm = 5;
        private int shortTripsMinTrips = 10;
        private int commuteMorningFromHour = 6;
        private int commuteMorningToHour = 10;
        private int commuteEveningFromHour = 15;
        private int commuteEveningToHour = 20;
        private int commuterMinDays = 8;

        private Builder() {
        }

        private Builder(DrivingProfileRules r) {
            zone = r.zone; movingKmh = r.movingKmh; harshBrakingMps2 = r.harshBrakingMps2;
            harshAccelerationMps2 = r.harshAccelerationMps2; harshMaxGap = r.harshMaxGap; speedingKmh = r.speedingKmh;
            nightStart = r.nightStart; nightEnd = r.nightEnd; tripGap = r.tripGap; minTripKm = r.minTripKm;
            refuelMinRisePct = r.refuelMinRisePct; tankLitres = r.tankLitres;
            maxPlausibleSpeedKmh = r.maxPlausibleSpeedKmh; emitInterval = r.emitInterval; windowDays = r.windowDays;
            minScoredKm = r.minScoredKm; minSegmentDays = r.minSegmentDays;
            highMileageKmPerDay = r.highMileageKmPerDay; lowMileageKmPerDay = r.lowMileageKmPerDay;
            nightDriverShare = r.nightDriverShare; smoothDriverScore = r.smoothDriverScore;
            aggressiveDriverScore = r.aggressiveDriverScore; shortTripKm = r.shortTripKm;
            shortTripsMinTrips = r.shortTripsMinTrips; commuteMorningFromHour = r.commuteMorningFromHour;
            commuteMorningToHour = r.commuteMorningToHour; commuteEveningFromHour = r.commuteEveningFromHour;
            commuteEveningToHour = r.commuteEveningToHour; commuterMinDays = r.commuterMinDays;
        }

        public Builder zone(ZoneId v) { zone = v; return this; }
        /** @throws IllegalArgumentException naming {@code zone} when {@code id} is no time zone */
        public Builder zone(String id) {
            try {
                zone = ZoneId.of(id);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("zone: expected a time zone such as Europe/Berlin, got '" + id + "'");
            }
            return this;
        }
        public Builder movingKmh(double v) { movingKmh = v; return this; }
        public Builder harshBrakingMps2(double v) { harshBrakingMps2 = v; return this; }
        public Builder harshAccelerationMps2(double v) { harshAccelerationMps2 = v; return this; }
        public Builder harshMaxGap(Duration v) { harshMaxGap = v; return this; }
        public Builder speedingKmh(double v) { speedingKmh = v; return this; }
        public Builder nightStart(LocalTime v) { nightStart = v; return this; }
        public Builder nightEnd(LocalTime v) { nightEnd = v; return this; }
        public Builder tripGap(Duration v) { tripGap = v; return this; }
        public Builder minTripKm(double v) { minTripKm = v; return this; }
        public Builder refuelMinRisePct(double v) { refuelMinRisePct = v; return this; }
        public Builder tankLitres(double v) { tankLitres = v; return this; }
        public Builder maxPlausibleSpeedKmh(double v) { maxPlausibleSpeedKmh = v; return this; }
        public Builder emitInterval(Duration v) { emitInterval = v; return this; }
        public Builder windowDays(int v) { windowDays = v; return this; }
        public Builder minScoredKm(double v) { minScoredKm = v; return this; }
        public Builder minSegmentDays(int v) { minSegmentDays = v; return this; }
        public Builder highMileageKmPerDay(double v) { highMileageKmPerDay = v; return this; }
        public Builder lowMileageKmPerDay(double v) { lowMileageKmPerDay = v; return this; }
        public Builder nightDriverShare(double v) { nightDriverShare = v; return this; }
        public Builder smoothDriverScore(int v) { smoothDriverScore = v; return this; }
        public Builder aggressiveDriverScore(int v) { aggressiveDriverScore = v; return this; }
        public Builder shortTripKm(double v) { shortTripKm = v; return this; }
        public Builder shortTripsMinTrips(int v) { shortTripsMinTrips = v; return this; }
        public Builder commuteMorningHours(int from, int to) { commuteMorningFromHour = from; commuteMorningToHour = to; return this; }
        public Builder commuteEveningHours(int from, int to) { commuteEveningFromHour = from; commuteEveningToHour = to; return this; }
        public Builder commuterMinDays(int v) { commuterMinDays = v; return this; }

        /** @throws IllegalArgumentException naming the first rule that is out of range */
        public DrivingProfileRules build() {
            return new DrivingProfileRules(zone, movingKmh, harshBrakingMps2, harshAccelerationMps2, harshMaxGap,
                    speedingKmh, nightStart, nightEnd, tripGap, minTripKm, refuelMinRisePct, tankLitres,
                    maxPlausibleSpeedKmh, emitInterval, windowDays, minScoredKm, minSegmentDays, highMileageKmPerDay,
                    lowMileageKmPerDay, nightDriverShare, smoothDriverScore, aggressiveDriverScore, shortTripKm,
                    shortTripsMinTrips, commuteMorningFromHour, commuteMorningToHour, commuteEveningFromHour,
                    commuteEveningToHour, commuterMinDays);
        }
    }
}
