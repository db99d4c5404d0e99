package dev.pitwall.simulator.vehicle;

/** Receives a vehicle's ground-truth events as the simulation reaches them (on the vehicle's thread). */
@FunctionalInterface
public interface MaintenanceListener {

    MaintenanceListener NONE = event -> { };

    void on(MaintenanceEvent event);
}
