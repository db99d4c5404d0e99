package dev.pitwall.simulator.vehicle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * When a vehicle drives and when it is parked: trips made of road phases (urban, extra-urban, highway), each
 * phase a series of cruise and stop segments, separated by parked periods of minutes to a night.
 */
final class DrivingSchedule {

    /** What happened during a step that the rest of the vehicle must react to. */
    enum Event { NONE, TRIP_STARTED, PARKED }

    enum Mode { PARKED, DRIVING, STOPPING }

    /** Fuel level (percent) at which a driver abandons the trip to refuel. */
    static final double RESERVE_FUEL_PCT = 7;
    /** Drivers hold a cruise speed only roughly: it wanders by up to this much (km/h). */
    private static final double MAX_CRUISE_DRIFT_KMH = 4;

    private record Phase(DrivingProfile profile, double seconds) {
    }

    private final Deque<Phase> phases = new ArrayDeque<>();
    private Mode mode = Mode.PARKED;
    private DrivingProfile profile = DrivingProfile.URBAN;
    private double parkedRemainingSeconds;
    private double phaseRemainingSeconds;
    private double segmentRemainingSeconds;
    private double segmentTargetKmh;
    private double cruiseDriftKmh;

    /** Starts parked; the first trip begins within the next three hours. */
    DrivingSchedule(SplittableRandom random) {
        parkedRemainingSeconds = random.nextDouble() * 3 * 3600;
    }

    Event step(double dt, double speedKmh, double fuelPct, SplittableRandom random) {
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
                    parkedRemainingSeconds = parkingSeconds(random);
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
        return Math.max(5, segmentTargetKmh + cruiseDriftKmh);
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
        if (kind < 0.45) { // errand in town
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 8, 25)));
        } else if (kind < 0.80) { // commute through the suburbs
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 4, 8)));
            phases.add(new Phase(DrivingProfile.EXTRA_URBAN, minutes(random, 8, 20)));
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 4, 8)));
        } else { // longer drive on the motorway ring
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 3, 6)));
            phases.add(new Phase(DrivingProfile.HIGHWAY, minutes(random, 25, 70)));
            phases.add(new Phase(DrivingProfile.URBAN, minutes(random, 3, 6)));
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

    private static double parkingSeconds(SplittableRandom random) {
        double kind = random.nextDouble();
        if (kind < 0.4) {
            return minutes(random, 5, 30);
        }
        if (kind < 0.8) {
            return minutes(random, 60, 240);
        }
        return minutes(random, 480, 840); // overnight
    }

    private static double minutes(SplittableRandom random, double min, double max) {
        return DrivingProfile.uniform(random, min, max) * 60;
    }
}
