package dev.pitwall.simulator.vehicle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * What makes one vehicle of the fleet different from another of the same model: where it lives, who drives it
 * and how, how old it was when the simulation started, and how its owner keeps up with services. Deterministic
 * from {@code (seed, index)}; written to the fleet description ({@code fleet.csv}).
 *
 * @param ageDaysAtStart days since first registration when the simulation starts
 * @param odometerKmAtStart the odometer then
 * @param parkingFactor multiplies daytime parking durations: above 1 the car is used less
 * @param idleDayProbability chance, each night, that the car then stands a whole extra day
 */
public record VehicleTraits(ClimateZone climate, DrivingStyle drivingStyle, ServiceHabit serviceHabit,
        int ageDaysAtStart, double odometerKmAtStart, double parkingFactor, double idleDayProbability) {

    /**
     * A car with parking factor 1 and no idle days covers about this much a year; the simulated mileage goes with
     * {@code parkingFactor^-0.6} (fitted to a 300-vehicle year, see docs/simulator.md), so the odometer at the start
     * matches how the car is used.
     */
    private static final double REFERENCE_KM_PER_YEAR = 41_000;
    private static final double PARKING_EXPONENT = 0.6;

    public static VehicleTraits create(long seed, VehicleIdentity identity, long startMillis, ClimateMix climates) {
        SplittableRandom random = Seeds.random(seed, identity.index(), Seeds.TRAITS);
        ClimateZone climate = climates.pick(random);
        double s = random.nextDouble();
        DrivingStyle style = s < 0.3 ? DrivingStyle.CALM : s < 0.8 ? DrivingStyle.NORMAL : DrivingStyle.AGGRESSIVE;
        double h = random.nextDouble();
        ServiceHabit habit = h < 0.45 ? ServiceHabit.DILIGENT : h < 0.8 ? ServiceHabit.AVERAGE : ServiceHabit.NEGLECTFUL;
        // first registered between September of the year before the model year and a year later
        LocalDate registered = LocalDate.of(identity.modelYear() - 1, 9, 1).plusDays(random.nextInt(365));
        long registeredMillis = registered.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        int age = (int) ((startMillis - registeredMillis) / 86_400_000L);
        int ageDays = age >= 30 ? age : 30 + random.nextInt(90); // a model year still to come: a nearly new car
        double parkingFactor = DrivingProfile.uniform(random, 1.0, 4.0);
        double idleDays = DrivingProfile.uniform(random, 0, 0.25);
        double kmPerYear = REFERENCE_KM_PER_YEAR / StrictMath.pow(parkingFactor, PARKING_EXPONENT) * (1 - idleDays)
                * DrivingProfile.uniform(random, 0.8, 1.2);
        double odometer = 300 + ageDays / 365.25 * kmPerYear;
        return new VehicleTraits(climate, style, habit, ageDays, Math.round(odometer * 10) / 10.0, parkingFactor, idleDays);
    }

    /** When the car was first registered, for the fleet description. */
    public Instant registeredAt(long startMillis) {
        return Instant.ofEpochMilli(startMillis - ageDaysAtStart * 86_400_000L);
    }
}
