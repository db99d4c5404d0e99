package dev.pitwall.simulator.vehicle;

/**
 * One vehicle of a configured fleet before anything is simulated: who it is, its traits, and the simulated time
 * its state starts at (the fleet's start plus the vehicle's sampling offset).
 */
public record FleetMember(VehicleIdentity identity, VehicleTraits traits, long startMillis) {

    public static FleetMember of(long seed, int index, long fleetStartMillis, long sampleIntervalMillis, ClimateMix climates) {
        VehicleIdentity identity = VehicleIdentity.create(seed, index, sampleIntervalMillis);
        long start = fleetStartMillis + identity.sampleOffsetMillis();
        return new FleetMember(identity, VehicleTraits.create(seed, identity, start, climates), start);
    }

    public SimulatedVehicle simulate(long seed, FleetSettings settings, MaintenanceListener listener) {
        return SimulatedVehicle.create(seed, identity, settings, startMillis, listener);
    }
}
