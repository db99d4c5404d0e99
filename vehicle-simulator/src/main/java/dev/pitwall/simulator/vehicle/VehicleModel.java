package dev.pitwall.simulator.vehicle;

/**
 * The car models in the simulated fleet, with the figures the physics and the wear models need. The WMI (first
 * three VIN characters) is the manufacturer's real one so that VINs look like the ones ingest will see. Battery,
 * pad and oil figures are typical of the model, not a particular car's data sheet.
 */
public enum VehicleModel {
    //                                                    tank l, l/100km, idle, kg,  Ah, crank A, cyl, pad F/R mm, RWD, oil km
    VW_GOLF("Volkswagen Golf 1.5 TSI", "WVW", 50, 5.6, 780, 1320, 59, 280, 4, 11.5, 9.5, false, 30_000),
    BMW_320D("BMW 320d", "WBA", 59, 5.0, 800, 1530, 80, 420, 4, 12.0, 10.5, true, 25_000),
    AUDI_A4("Audi A4 40 TFSI", "WAU", 54, 6.2, 760, 1490, 68, 320, 4, 12.0, 10.0, false, 30_000),
    MERCEDES_C200("Mercedes-Benz C 200", "WDD", 66, 6.8, 700, 1520, 70, 320, 4, 12.0, 10.0, true, 25_000),
    SKODA_OCTAVIA("Skoda Octavia 2.0 TDI", "TMB", 50, 4.9, 820, 1420, 68, 400, 4, 11.5, 9.5, false, 30_000),
    FORD_FOCUS("Ford Focus 1.0 EcoBoost", "WF0", 52, 5.8, 850, 1290, 60, 250, 3, 11.0, 9.0, false, 20_000),
    OPEL_ASTRA("Opel Astra 1.2 Turbo", "W0L", 52, 5.7, 830, 1280, 60, 250, 3, 11.0, 9.0, false, 30_000),
    TOYOTA_COROLLA("Toyota Corolla 1.8", "SB1", 43, 5.2, 900, 1360, 45, 220, 4, 11.0, 9.0, false, 15_000);

    private final String displayName;
    private final String wmi;
    private final double tankLiters;
    private final double litersPer100Km;
    private final double idleRpm;
    private final double massKg;
    private final double batteryAh;
    private final double crankingAmps;
    private final int cylinders;
    private final double frontPadMm;
    private final double rearPadMm;
    private final boolean rearWheelDrive;
    private final double oilServiceKm;

    VehicleModel(String displayName, String wmi, double tankLiters, double litersPer100Km, double idleRpm,
            double massKg, double batteryAh, double crankingAmps, int cylinders, double frontPadMm, double rearPadMm,
            boolean rearWheelDrive, double oilServiceKm) {
        this.displayName = displayName;
        this.wmi = wmi;
        this.tankLiters = tankLiters;
        this.litersPer100Km = litersPer100Km;
        this.idleRpm = idleRpm;
        this.massKg = massKg;
        this.batteryAh = batteryAh;
        this.crankingAmps = crankingAmps;
        this.cylinders = cylinders;
        this.frontPadMm = frontPadMm;
        this.rearPadMm = rearPadMm;
        this.rearWheelDrive = rearWheelDrive;
        this.oilServiceKm = oilServiceKm;
    }

    public String displayName() {
        return displayName;
    }

    /** World manufacturer identifier: the first three characters of the VIN. */
    public String wmi() {
        return wmi;
    }

    public double tankLiters() {
        return tankLiters;
    }

    /** Combined-cycle consumption; urban and fast highway driving use more (see {@link Powertrain}). */
    public double litersPer100Km() {
        return litersPer100Km;
    }

    public double idleRpm() {
        return idleRpm;
    }

    /** Kerb weight plus a driver, kg: the braking energy scales with it. */
    public double massKg() {
        return massKg;
    }

    /** 12 V starter battery capacity, Ah: a bigger battery has a lower internal resistance. */
    public double batteryAh() {
        return batteryAh;
    }

    /** Starter inrush current of a warm engine, A (diesels need more). */
    public double crankingAmps() {
        return crankingAmps;
    }

    /** Cylinder count: the per-cylinder misfire codes go up to P030n. */
    public int cylinders() {
        return cylinders;
    }

    /** Friction material of new front pads, mm. */
    public double frontPadMm() {
        return frontPadMm;
    }

    /** Friction material of new rear pads, mm. */
    public double rearPadMm() {
        return rearPadMm;
    }

    /** Driven rear axle: its tyres wear faster than the front ones. */
    public boolean rearWheelDrive() {
        return rearWheelDrive;
    }

    /** The maker's oil-service interval, km (the oil-life monitor's nominal life). */
    public double oilServiceKm() {
        return oilServiceKm;
    }
}
