package dev.pitwall.core.telemetry;

import java.util.List;

/**
 * The signals of one telemetry message, each named in the wire format after its COVESA VSS path
 * (see {@link VssSignal}). Every signal is optional: {@code null} means "not measured in this message".
 * Components after {@code dtcs} were added later (additive, still v1); they are last so that the
 * positional order of the older ones never changed.
 */
public record VehicleSignals(
        Double odometerKm,
        Double speedKmh,
        Double latitude,
        Double longitude,
        Double headingDeg,
        Double fuelLevelPct,
        Double coolantTempC,
        Double engineRpm,
        Boolean engineRunning,
        Double engineHours,
        Double batteryVoltage,
        Double ambientTempC,
        Double tirePressureFrontLeftKpa,
        Double tirePressureFrontRightKpa,
        Double tirePressureRearLeftKpa,
        Double tirePressureRearRightKpa,
        List<String> dtcs,
        Double crankingVoltage,
        Double brakePadWearFrontPct,
        Double brakePadWearRearPct,
        Double oilLifeRemainingPct) {

    public static final VehicleSignals NONE = builder().build();

    public VehicleSignals {
        dtcs = dtcs == null ? null : List.copyOf(dtcs);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .odometerKm(odometerKm).speedKmh(speedKmh).latitude(latitude).longitude(longitude)
                .headingDeg(headingDeg).fuelLevelPct(fuelLevelPct).coolantTempC(coolantTempC)
                .engineRpm(engineRpm).engineRunning(engineRunning).engineHours(engineHours)
                .batteryVoltage(batteryVoltage).ambientTempC(ambientTempC)
                .tirePressureFrontLeftKpa(tirePressureFrontLeftKpa)
                .tirePressureFrontRightKpa(tirePressureFrontRightKpa)
                .tirePressureRearLeftKpa(tirePressureRearLeftKpa)
                .tirePressureRearRightKpa(tirePressureRearRightKpa)
                .dtcs(dtcs)
                .crankingVoltage(crankingVoltage)
                .brakePadWearFrontPct(brakePadWearFrontPct)
                .brakePadWearRearPct(brakePadWearRearPct)
                .oilLifeRemainingPct(oilLifeRemainingPct);
    }

    /** Fluent construction: twenty-one positional nullable arguments are too easy to get wrong. */
    public static final class Builder {
        private Double odometerKm;
        private Double speedKmh;
        private Double latitude;
        private Double longitude;
        private Double headingDeg;
        private Double fuelLevelPct;
        private Double coolantTempC;
        private Double engineRpm;
        private Boolean engineRunning;
        private Double engineHours;
        private Double batteryVoltage;
        private Double ambientTempC;
        private Double tirePressureFrontLeftKpa;
        private Double tirePressureFrontRightKpa;
        private Double tirePressureRearLeftKpa;
        private Double tirePressureRearRightKpa;
        private List<String> dtcs;
        private Double crankingVoltage;
        private Double brakePadWearFrontPct;
        private Double brakePadWearRearPct;
        private Double oilLifeRemainingPct;

        public Builder odometerKm(Double v) { this.odometerKm = v; return this; }
        public Builder speedKmh(Double v) { this.speedKmh = v; return this; }
        public Builder latitude(Double v) { this.latitude = v; return this; }
        public Builder longitude(Double v) { this.longitude = v; return this; }
        public Builder headingDeg(Double v) { this.headingDeg = v; return this; }
        public Builder fuelLevelPct(Double v) { this.fuelLevelPct = v; return this; }
        public Builder coolantTempC(Double v) { this.coolantTempC = v; return this; }
        public Builder engineRpm(Double v) { this.engineRpm = v; return this; }
        public Builder engineRunning(Boolean v) { this.engineRunning = v; return this; }
        public Builder engineHours(Double v) { this.engineHours = v; return this; }
        public Builder batteryVoltage(Double v) { this.batteryVoltage = v; return this; }
        public Builder ambientTempC(Double v) { this.ambientTempC = v; return this; }
        public Builder tirePressureFrontLeftKpa(Double v) { this.tirePressureFrontLeftKpa = v; return this; }
        public Builder tirePressureFrontRightKpa(Double v) { this.tirePressureFrontRightKpa = v; return this; }
        public Builder tirePressureRearLeftKpa(Double v) { this.tirePressureRearLeftKpa = v; return this; }
        public Builder tirePressureRearRightKpa(Double v) { this.tirePressureRearRightKpa = v; return this; }
        public Builder dtcs(List<String> v) { this.dtcs = v; return this; }
        /** Lowest 12 V voltage during the most recent engine start (Pitwall extension). */
        public Builder crankingVoltage(Double v) { this.crankingVoltage = v; return this; }
        public Builder brakePadWearFrontPct(Double v) { this.brakePadWearFrontPct = v; return this; }
        public Builder brakePadWearRearPct(Double v) { this.brakePadWearRearPct = v; return this; }
        /** Oil-life monitor reading, percent (Pitwall extension). */
        public Builder oilLifeRemainingPct(Double v) { this.oilLifeRemainingPct = v; return this; }

        public VehicleSignals build() {
            return new VehicleSignals(odometerKm, speedKmh, latitude, longitude, headingDeg, fuelLevelPct,
                    coolantTempC, engineRpm, engineRunning, engineHours, batteryVoltage, ambientTempC,
                    tirePressureFrontLeftKpa, tirePressureFrontRightKpa, tirePressureRearLeftKpa,
                    tirePressureRearRightKpa, dtcs, crankingVoltage, brakePadWearFrontPct, brakePadWearRearPct,
                    oilLifeRemainingPct);
        }
    }
}
