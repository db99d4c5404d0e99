package dev.pitwall.api.servicebook;

import dev.pitwall.core.servicebook.VehicleReading;

/** A vehicle's newest reading (vehicle_state) and the first one Pitwall saw of it (vehicle_first_report). */
record VehicleReadings(VehicleReading newest, VehicleReading first) {
}
