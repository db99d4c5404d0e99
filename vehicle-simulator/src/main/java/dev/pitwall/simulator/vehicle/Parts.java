package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;

/** The six wearing parts of one vehicle, addressable by {@link Component} where a caller needs that. */
record Parts(Battery battery, BrakePads pads, TireSet tires, EngineOil oil, CoolingSystem cooling, Ignition ignition) {

    /** Normalised remaining life: 1 = new, 0 = at the failure limit. */
    double remainingLife(Component component) {
        return switch (component) {
            case BATTERY -> battery.remainingLife();
            case BRAKE_PADS -> pads.remainingLife();
            case TIRES -> tires.remainingLife();
            case ENGINE_OIL -> oil.remainingLife();
            case COOLING -> cooling.remainingLife();
            case IGNITION -> ignition.remainingLife();
        };
    }

    void setRemainingLife(Component component, double r) {
        switch (component) {
            case BATTERY -> battery.setRemainingLife(r);
            case BRAKE_PADS -> pads.setRemainingLife(r);
            case TIRES -> tires.setRemainingLife(r);
            case ENGINE_OIL -> oil.setRemainingLife(r);
            case COOLING -> cooling.setRemainingLife(r);
            case IGNITION -> ignition.setRemainingLife(r);
        }
    }
}
