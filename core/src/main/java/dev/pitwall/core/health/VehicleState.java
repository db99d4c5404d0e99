package dev.pitwall.core.health;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Instant;
import java.util.List;

/**
 * What Pitwall currently knows about one vehicle: the newest value of every signal, by event time.
 * Immutable; {@link #apply} returns the next state.
 *
 * <p>The components after {@code activeDtcs} came later, with the wear signals (last, as in {@link VehicleSignals}).
 * The stream job keeps this record as Flink keyed state, whose record serializer restores a state checkpointed
 * before a component existed with that component null: "not reported yet", until a message carries it.
 */
public record VehicleState(
        String vin,
        long lastSeq,
        Instant lastEventTime,
        Double odometerKm,
        Double speedKmh,
        Double latitude,
        Double longitude,
        Double fuelLevelPct,
        Double coolantTempC,
        Double batteryVoltage,
        Boolean engineRunning,
        Double engineRpm,
        Double engineHours,
        Double tirePressureFrontLeftKpa,
        Double tirePressureFrontRightKpa,
        Double tirePressureRearLeftKpa,
        Double tirePressureRearRightKpa,
        List<String> activeDtcs,
        Double crankingVoltage,
        Double brakePadWearFrontPct,
        Double brakePadWearRearPct,
        Double oilLifeRemainingPct) {

    public VehicleState {
        activeDtcs = activeDtcs == null ? List.of() : List.copyOf(activeDtcs);
    }

    /** The state before any message: nothing measured yet. */
    public static VehicleState empty(String vin) {
        return new VehicleState(vin, -1, Instant.EPOCH, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of(), null, null, null, null);
    }

    /** Whether {@code t} is newer than what this state already reflects (event time, then seq). */
    public boolean isOlderThan(Telemetry t) {
        int byTime = t.eventTime().compareTo(lastEventTime);
        return byTime > 0 || (byTime == 0 && t.seq() > lastSeq);
    }

    /**
     * The state after {@code t}. A message older than this state (late, out of order) changes nothing:
     * its row is still stored, but it must not roll the vehicle's picture back in time. A signal the
     * message did not measure keeps its previous value; a DTC list, when present, replaces the active set.
     */
    public VehicleState apply(Telemetry t) {
        if (!isOlderThan(t)) {
            return this;
        }
        VehicleSignals s = t.signals();
        return new VehicleState(vin, t.seq(), t.eventTime(),
                or(s.odometerKm(), odometerKm),
                or(s.speedKmh(), speedKmh),
                or(s.latitude(), latitude),
                or(s.longitude(), longitude),
                or(s.fuelLevelPct(), fuelLevelPct),
                or(s.coolantTempC(), coolantTempC),
                or(s.batteryVoltage(), batteryVoltage),
                or(s.engineRunning(), engineRunning),
                or(s.engineRpm(), engineRpm),
                or(s.engineHours(), engineHours),
                or(s.tirePressureFrontLeftKpa(), tirePressureFrontLeftKpa),
                or(s.tirePressureFrontRightKpa(), tirePressureFrontRightKpa),
                or(s.tirePressureRearLeftKpa(), tirePressureRearLeftKpa),
                or(s.tirePressureRearRightKpa(), tirePressureRearRightKpa),
                s.dtcs() != null ? s.dtcs() : activeDtcs,
                or(s.crankingVoltage(), crankingVoltage),
                or(s.brakePadWearFrontPct(), brakePadWearFrontPct),
                or(s.brakePadWearRearPct(), brakePadWearRearPct),
                or(s.oilLifeRemainingPct(), oilLifeRemainingPct));
    }

    private static <T> T or(T fresh, T previous) {
        return fresh != null ? fresh : previous;
    }
}
