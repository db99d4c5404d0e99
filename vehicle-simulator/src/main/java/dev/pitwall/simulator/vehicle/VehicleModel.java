package dev.pitwall.simulator.vehicle;

/**
 * The car models in the simulated fleet, with the few figures the physics needs. The WMI (first three VIN
 * characters) is the manufacturer's real one so that VINs look like the ones ingest will see.
 */
public enum VehicleModel {
    VW_GOLF("Volkswagen Golf 1.5 TSI", "WVW", 50, 5.6, 780),
    BMW_320D("BMW 320d", "WBA", 59, 5.0, 800),
    AUDI_A4("Audi A4 40 TFSI", "WAU", 54, 6.2, 760),
    MERCEDES_C200("Mercedes-Benz C 200", "WDD", 66, 6.8, 700),
    SKODA_OCTAVIA("Skoda Octavia 2.0 TDI", "TMB", 50, 4.9, 820),
    FORD_FOCUS("Ford Focus 1.0 EcoBoost", "WF0", 52, 5.8, 850),
    OPEL_ASTRA("Opel Astra 1.2 Turbo", "W0L", 52, 5.7, 830),
    TOYOTA_COROLLA("Toyota Corolla 1.8", "SB1", 43, 5.2, 900);

    private final String displayName;
    private final String wmi;
    private final double tankLiters;
    private final double litersPer100Km;
    private final double idleRpm;

    VehicleModel(String displayName, String wmi, double tankLiters, double litersPer100Km, double idleRpm) {
        this.displayName = displayName;
        this.wmi = wmi;
        this.tankLiters = tankLiters;
        this.litersPer100Km = litersPer100Km;
        this.idleRpm = idleRpm;
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
}
