package dev.pitwall.engagement.repurchase;

/** How a model is driven; ELECTRIC and PLUG_IN_HYBRID have an electric range. */
public enum Powertrain {
    PETROL, DIESEL, HYBRID, PLUG_IN_HYBRID, ELECTRIC;

    /** Whether the model drives on a charged battery and so states an electric range. */
    public boolean hasElectricRange() {
        return this == ELECTRIC || this == PLUG_IN_HYBRID;
    }

    /** Whether it recovers braking energy (hybrids and electric cars), which also spares the brake pads. */
    public boolean isElectrified() {
        return this != PETROL && this != DIESEL;
    }
}
