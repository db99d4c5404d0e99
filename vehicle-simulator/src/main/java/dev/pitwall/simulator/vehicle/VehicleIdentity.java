package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * Who a simulated vehicle is: its place in the fleet, VIN, model, and the offset of its samples within the
 * sample interval (vehicles report at staggered moments, as real ones do).
 */
public record VehicleIdentity(int index, String vin, VehicleModel model, int modelYear, long sampleOffsetMillis) {

    private static final int SERIAL_SPACE = 1_000_000;
    private static final int SERIAL_PURPOSE = 17;

    /** Deterministic from {@code (seed, index)}; distinct indexes below one million give distinct VINs. */
    public static VehicleIdentity create(long seed, int index, long sampleIntervalMillis) {
        SplittableRandom random = Seeds.random(seed, index, Seeds.IDENTITY);
        VehicleModel[] models = VehicleModel.values();
        VehicleModel model = models[random.nextInt(models.length)];
        int modelYear = VinFactory.FIRST_YEAR + random.nextInt(VinFactory.YEAR_CODES.length());
        // the serial is the index shifted by a seed-dependent amount: unique within the fleet, varied across seeds
        int shift = (int) Math.floorMod(Seeds.fleetValue(seed, SERIAL_PURPOSE), (long) SERIAL_SPACE);
        int serial = (index + shift) % SERIAL_SPACE;
        String vin = VinFactory.create(model.wmi(), modelYear, serial, random);
        long offset = random.nextLong(sampleIntervalMillis);
        return new VehicleIdentity(index, vin, model, modelYear, offset);
    }
}
