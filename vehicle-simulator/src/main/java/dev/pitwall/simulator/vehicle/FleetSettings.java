package dev.pitwall.simulator.vehicle;

import java.util.List;
import java.util.Objects;

/**
 * What every simulated vehicle of a run needs to know besides its own identity.
 *
 * @param dtcOnsetsPerEngineHour spontaneous trouble codes (noise unrelated to wear) per engine hour
 * @param tireLeakProbabilityPerTrip probability per trip that a tyre starts a slow leak
 * @param wearFactor multiplies every component's degradation rate on top of the built-in acceleration
 *                   (see docs/simulator.md); 0 freezes the components' health
 * @param scriptedFailures failures written into the script of individual vehicles
 */
public record FleetSettings(Region region, double dtcOnsetsPerEngineHour, double tireLeakProbabilityPerTrip,
        double wearFactor, ClimateMix climateMix, List<ScriptedFailure> scriptedFailures) {

    public FleetSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(climateMix, "climateMix");
        scriptedFailures = List.copyOf(scriptedFailures);
    }

    /** Defaults for tests: Munich, the documented rates, no scripts. */
    public static FleetSettings of(Region region, double dtcOnsetsPerEngineHour, double tireLeakProbabilityPerTrip) {
        return new FleetSettings(region, dtcOnsetsPerEngineHour, tireLeakProbabilityPerTrip, 1.0, ClimateMix.DEFAULT, List.of());
    }

    public FleetSettings withWearFactor(double factor) {
        return new FleetSettings(region, dtcOnsetsPerEngineHour, tireLeakProbabilityPerTrip, factor, climateMix, scriptedFailures);
    }

    public FleetSettings withClimateMix(ClimateMix mix) {
        return new FleetSettings(region, dtcOnsetsPerEngineHour, tireLeakProbabilityPerTrip, wearFactor, mix, scriptedFailures);
    }

    public FleetSettings withScriptedFailures(List<ScriptedFailure> scripts) {
        return new FleetSettings(region, dtcOnsetsPerEngineHour, tireLeakProbabilityPerTrip, wearFactor, climateMix, scripts);
    }

    List<ScriptedFailure> scriptsFor(int vehicleIndex) {
        return scriptedFailures.stream().filter(s -> s.vehicleIndex() == vehicleIndex).toList();
    }
}
