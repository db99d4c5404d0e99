package dev.pitwall.simulator.vehicle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * When a vehicle drives and when it is parked: trips made of road phases (urban, extra-urban, highway), each
 * phase a series of cruise and stop segments, separated by parked periods of minutes to hours in the day and
 * the night at home (from the evening to the next morning, sometimes a whole extra day). How long a car stands
 * in the day, and how often it stands a whole day, differ per vehicle (see {@link VehicleTraits}). A breakdown
 * ends the trip and keeps the car parked for its downtime.
 */
final class DrivingSchedule {

    /** What happened during a step that the rest of the vehicle must react to. */
    enum Event { NONE, TRIP_STARTED, PARKED }

    enum Mode { PARKED, DRIVING, STOPPING }

    /** Fuel level (percent) at which a driver abandons the trip to refuel. */
    static final double RESERVE_FUEL_PCT = 7;
    /** Drivers hold a cruise speed only roughly: it wanders by up to this much (km/h). */
    private static final double MAX_CRUISE_DRIFT_KMH = 4;
    private static final double MAX_TARGET_KMH = 144;
    /** Trips ending after this local hour (or before {@link #MORNING_FROM_H}) are the last of the day. */
    private static final double EVENING_H = 20.5;
    private static final double MORNING_FROM_H = 5;
    private static final int MAX_IDLE_DAYS = 5;

    private record Phase(DrivingProfile profile, double seconds) {
    }

    private final Deque<Phase> phases = new ArrayDeque<>();
    private final DrivingStyle style;
    private final double parkingFactor;
    private final double idleDayProbability;
    private Mode mode = Mode.PARKED;
    private DrivingProfile profile = DrivingProfile.URBAN;
    private double parkedRemainingSeconds;
    private double phaseRemainingSeconds;
    private double segmentRemainingSeconds;
    private double segmentTargetKmh;
    private double cruiseDriftKmh;
    private double pendingHoldSeconds;

    /**
     * Starts parked; the first trip begins within the next three hours, or in the morning if the simulation starts
     * at night.
     *
     * @param localHour local solar time at the start, 0..24
     */
    DrivingSchedule(SplittableRandom random, DrivingStyle style, double parkingFactor, double idleDayProbability,
            double localHour) {
        this.style = style;
        this.parkingFactor = parkingFactor;
        this.idleDayProbability = idleDayProbability;
        double r = random.nextDouble();
        if (localHour >= EVENING_H || localHour < MORNING_FROM_H) {
            double hoursToMidnight = localHour >= EVENING_H ? 24 - localHour : -localHour;
            parkedRemainingSeconds = (hoursToMidnight + 6 + r * 3.5) * 3600;
        } else {
            parkedRemainingSeconds = r * 3 * 3600;
        }
    }

    /** @param localHour local solar time, 0..24, which decides whether a stop is the night's */
    Event step(double dt, double speedKmh, double fuelPct, double localHour, SplittableRandom random) {
        switch (mode) {
            case PARKED -> {
                parkedRemainingSeconds -= dt;
                if (parkedRemainingSeconds <= 0) {
                    startTrip(random);
                    return Event.TRIP_STARTED;
                }
            }
            case DRIVING -> {
                if (fuelPct < RESERVE_FUEL_PCT) {
                    mode = Mode.STOPPING;
                    break;
                }
                phaseRemainingSeconds -= dt;
                segmentRemainingSeconds -= dt;
                // a bounded random walk, about 0.5 km/h per second
                cruiseDriftKmh = Math.max(-MAX_CRUISE_DRIFT_KMH, Math.min(MAX_CRUISE_DRIFT_KMH,
                        cruiseDriftKmh + random.nextGaussian() * 0.5 * Math.sqrt(dt)));
                if (phaseRemainingSeconds <= 0 && !nextPhase()) {
                    mode = Mode.STOPPING;
                } else if (segmentRemainingSeconds <= 0) {
                    nextSegment(random);
                }
            }
            case STOPPING -> {
                if (speedKmh == 0) {
                    mode = Mode.PARKED;
                    parkedRemainingSeconds = pendingHoldSeconds > 0 ? pendingHoldSeconds : parkingSeconds(localHour, random);
                    pendingHoldSeconds = 0;
                    return Event.PARKED;
                }
            }
        }
        return Event.NONE;
    }

    double targetSpeedKmh() {
        if (mode != Mode.DRIVING || segmentTargetKmh == 0) {
            return 0; // parked, stopping, or waiting at a light: exactly zero
        }
        return Math.min(MAX_TARGET_KMH, Math.max(5, segmentTargetKmh * style.speedFactor() + cruiseDriftKmh));
    }

    /** Parked for {@code dt} seconds without reaching the departure (the caller jumps over a parked period). */
    void idle(double dt) {
        parkedRemainingSeconds -= dt;
    }

    double parkedRemainingSeconds() {
        return mode == Mode.PARKED ? parkedRemainingSeconds : 0;
    }

    /** The engine would not start: the trip that just began is off, the car stays for {@code holdSeconds}. */
    void abortTrip(double holdSeconds) {
        phases.clear();
        mode = Mode.PARKED;
        segmentTargetKmh = 0;
        parkedRemainingSeconds = holdSeconds;
    }

    /** A breakdown: stop now, and stay parked for {@code holdSeconds} once stopped. */
    void breakDown(double holdSeconds) {
        if (mode == Mode.PARKED) {
            parkedRemainingSeconds = Math.max(parkedRemainingSeconds, holdSeconds);
            return;
        }
        phases.clear();
        mode = Mode.STOPPING;
        pendingHoldSeconds = holdSeconds;
    }

    /** The driver leaves within {@code seconds} (sooner if the car was due to leave anyway). */
    void departWithin(double seconds) {
        if (mode == Mode.PARKED) {
            parkedRemainingSeconds = Math.min(parkedRemainingSeconds, seconds);
        }
    }

    boolean engineOn() {
        return mode != Mode.PARKED;
    }

    Mode mode() {
        return mode;
    }

    DrivingProfile profile() {
        return profile;
    }

    private void startTrip(SplittableRandom random) {
        phases.clear();
        double kind = random.nextDouble();
        if (kind < 0.5) { // errand in town
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 5, 20)));
        } else if (kind < 0.88) { // commute through the suburbs
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 3, 6)));
            phases.add(new Phase(DrivingProfile.EXTRA_URBAN, minutes(random, 6, 15)));
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 3, 6)));
        } else { // longer drive on the motorway ring
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 3, 5)));
            phases.add(new Phase(DrivingProfile.HIGHWAY, minutes(random, 15, 50)));
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 3, 5)));
        }
        mode = Mode.DRIVING;
        nextPhase();
        nextSegment(random);
    }

    private boolean nextPhase() {
        Phase next = phases.poll();
        if (next == null) {
            return false;
        }
        profile = next.profile();
        phaseRemainingSeconds = next.seconds();
        segmentRemainingSeconds = 0; // pick a segment of the new road type at once
        return true;
    }

    private void nextSegment(SplittableRandom random) {
        double[] segment = profile.nextSegment(random);
        segmentTargetKmh = segment[0];
        segmentRemainingSeconds = segment[1];
    }

    private double parkingSeconds(double localHour, SplittableRandom random) {
        if (localHour >= EVENING_H || localHour < MORNING_FROM_H) { // home for the night, off again next morning
            double hoursToMidnight = localHour >= EVENING_H ? 24 - localHour : -localHour;
            double seconds = (hoursToMidnight + DrivingProfile.uniform(random, 6, 9.5)) * 3600;
            for (int day = 0; day < MAX_IDLE_DAYS && random.nextDouble() < idleDayProbability; day++) {
                seconds += 86_400;
            }
            return seconds;
        }
        double kind = random.nextDouble();
        double seconds;
        if (kind < 0.35) {
            seconds = minutes(random, 5, 30);
        } else if (kind < 0.8) {
            seconds = minutes(random, 60, 240);
        } else {
            seconds = minutes(random, 240, 540); // at work
        }
        return seconds * parkingFactor;
    }

    private static double minutes(SplittableRandom random, double min, double max) {
        return DrivingProfile.uniform(random, min, max) * 60;
    }
}
