package dev.pitwall.core.telemetry;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The COVESA VSS paths Pitwall understands, each paired with its field in {@link VehicleSignals}; a few
 * Pitwall extensions under {@link #EXTENSION_PREFIX} where VSS has no such signal.
 * The JSON Schema ({@code schema/telemetry-v1.schema.json}) documents units and ranges; a test keeps both in step.
 */
public enum VssSignal {
    TRAVELED_DISTANCE("Vehicle.TraveledDistance", VehicleSignals::odometerKm, (b, v) -> b.odometerKm((Double) v)),
    SPEED("Vehicle.Speed", VehicleSignals::speedKmh, (b, v) -> b.speedKmh((Double) v)),
    LATITUDE("Vehicle.CurrentLocation.Latitude", VehicleSignals::latitude, (b, v) -> b.latitude((Double) v)),
    LONGITUDE("Vehicle.CurrentLocation.Longitude", VehicleSignals::longitude, (b, v) -> b.longitude((Double) v)),
    HEADING("Vehicle.CurrentLocation.Heading", VehicleSignals::headingDeg, (b, v) -> b.headingDeg((Double) v)),
    FUEL_LEVEL("Vehicle.Powertrain.FuelSystem.RelativeLevel", VehicleSignals::fuelLevelPct, (b, v) -> b.fuelLevelPct((Double) v)),
    COOLANT_TEMPERATURE("Vehicle.Powertrain.CombustionEngine.ECT", VehicleSignals::coolantTempC, (b, v) -> b.coolantTempC((Double) v)),
    ENGINE_SPEED("Vehicle.Powertrain.CombustionEngine.Speed", VehicleSignals::engineRpm, (b, v) -> b.engineRpm((Double) v)),
    ENGINE_RUNNING("Vehicle.Powertrain.CombustionEngine.IsRunning", VehicleSignals::engineRunning, (b, v) -> b.engineRunning((Boolean) v)),
    ENGINE_HOURS("Vehicle.Powertrain.CombustionEngine.EngineHours", VehicleSignals::engineHours, (b, v) -> b.engineHours((Double) v)),
    /** Pitwall extension: VSS's {@code CombustionEngine.OilLifeRemaining} counts seconds, oil-life monitors show percent. */
    OIL_LIFE_REMAINING("Vehicle.Pitwall.Powertrain.CombustionEngine.OilLifeRemaining", VehicleSignals::oilLifeRemainingPct, (b, v) -> b.oilLifeRemainingPct((Double) v)),
    BATTERY_VOLTAGE("Vehicle.LowVoltageBattery.CurrentVoltage", VehicleSignals::batteryVoltage, (b, v) -> b.batteryVoltage((Double) v)),
    /** Pitwall extension (VSS has no cranking voltage): see {@link #EXTENSION_PREFIX}. */
    CRANKING_VOLTAGE("Vehicle.Pitwall.LowVoltageBattery.CrankingVoltage", VehicleSignals::crankingVoltage, (b, v) -> b.crankingVoltage((Double) v)),
    AMBIENT_TEMPERATURE("Vehicle.Exterior.AirTemperature", VehicleSignals::ambientTempC, (b, v) -> b.ambientTempC((Double) v)),
    TIRE_PRESSURE_FRONT_LEFT("Vehicle.Chassis.Axle.Row1.Wheel.Left.Tire.Pressure", VehicleSignals::tirePressureFrontLeftKpa, (b, v) -> b.tirePressureFrontLeftKpa((Double) v)),
    TIRE_PRESSURE_FRONT_RIGHT("Vehicle.Chassis.Axle.Row1.Wheel.Right.Tire.Pressure", VehicleSignals::tirePressureFrontRightKpa, (b, v) -> b.tirePressureFrontRightKpa((Double) v)),
    TIRE_PRESSURE_REAR_LEFT("Vehicle.Chassis.Axle.Row2.Wheel.Left.Tire.Pressure", VehicleSignals::tirePressureRearLeftKpa, (b, v) -> b.tirePressureRearLeftKpa((Double) v)),
    TIRE_PRESSURE_REAR_RIGHT("Vehicle.Chassis.Axle.Row2.Wheel.Right.Tire.Pressure", VehicleSignals::tirePressureRearRightKpa, (b, v) -> b.tirePressureRearRightKpa((Double) v)),
    /** Front axle pad wear, reported where the axle's wear sensor sits (front left). */
    BRAKE_PAD_WEAR_FRONT("Vehicle.Chassis.Axle.Row1.Wheel.Left.Brake.PadWear", VehicleSignals::brakePadWearFrontPct, (b, v) -> b.brakePadWearFrontPct((Double) v)),
    /** Rear axle pad wear, reported where the axle's wear sensor sits (rear right). */
    BRAKE_PAD_WEAR_REAR("Vehicle.Chassis.Axle.Row2.Wheel.Right.Brake.PadWear", VehicleSignals::brakePadWearRearPct, (b, v) -> b.brakePadWearRearPct((Double) v)),
    DTC_LIST("Vehicle.OBD.DTCList", VehicleSignals::dtcs, (b, v) -> {
        @SuppressWarnings("unchecked")
        var codes = (java.util.List<String>) v;
        b.dtcs(codes);
    });

    /**
     * Signals VSS does not define live under this branch, named after the VSS branch they extend
     * ({@code Vehicle.Pitwall.LowVoltageBattery.*} extends {@code Vehicle.LowVoltageBattery}).
     */
    public static final String EXTENSION_PREFIX = "Vehicle.Pitwall.";

    private static final Map<String, VssSignal> BY_PATH =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(VssSignal::path, Function.identity()));

    private final String path;
    private final Function<VehicleSignals, Object> getter;
    private final BiConsumer<VehicleSignals.Builder, Object> setter;

    VssSignal(String path, Function<VehicleSignals, Object> getter, BiConsumer<VehicleSignals.Builder, Object> setter) {
        this.path = path;
        this.getter = getter;
        this.setter = setter;
    }

    public String path() {
        return path;
    }

    /** The signal's value in {@code signals}, or {@code null} when it was not measured. */
    public Object valueIn(VehicleSignals signals) {
        return getter.apply(signals);
    }

    void set(VehicleSignals.Builder builder, Object value) {
        setter.accept(builder, value);
    }

    /** The signal with this VSS path, or {@code null} for a path Pitwall does not know. */
    public static VssSignal byPath(String path) {
        return BY_PATH.get(path);
    }
}
