package dev.pitwall.simulator.history;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.simulator.vehicle.MaintenanceEvent;
import dev.pitwall.simulator.vehicle.SimulatedVehicle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One vehicle in a history run. It is advanced along its sample grid (its offset plus multiples of the sample
 * interval); a grid point becomes a message when the engine runs, when the engine state changed since the last
 * message, or when the last message is a parked interval old (the parked heartbeat). Messages get the next seq.
 */
final class HistorySampler {

    /** One encoded message, with what the merge orders by. */
    record Line(long epochMillis, int vehicleIndex, byte[] payload) {
    }

    /** A ground-truth event with its vehicle, for a deterministic order across vehicles. */
    record Event(MaintenanceEvent event, int vehicleIndex) {
    }

    private final SimulatedVehicle vehicle;
    private final int index;
    private final long intervalMillis;
    private final long parkedIntervalMillis;
    private final List<MaintenanceEvent> pendingEvents;
    private long nextGridMillis;
    private long nextSeq;
    private long lastSentMillis = Long.MIN_VALUE;
    private boolean lastRunning;

    HistorySampler(SimulatedVehicle vehicle, List<MaintenanceEvent> events, long firstSampleMillis, long intervalMillis,
            long parkedIntervalMillis) {
        this.vehicle = vehicle;
        this.index = vehicle.identity().index();
        this.pendingEvents = events;
        this.nextGridMillis = firstSampleMillis;
        this.intervalMillis = intervalMillis;
        this.parkedIntervalMillis = parkedIntervalMillis;
    }

    /** Simulates the grid points before {@code endMillis}, adding the messages and the events of that stretch. */
    void runUntil(long endMillis, TelemetryCodec codec, List<Line> lines, List<Event> events) {
        while (nextGridMillis < endMillis) {
            vehicle.advance(nextGridMillis);
            boolean running = vehicle.engineRunning();
            if (lastSentMillis == Long.MIN_VALUE || running || running != lastRunning
                    || nextGridMillis - lastSentMillis >= parkedIntervalMillis) {
                Telemetry t = new Telemetry(vehicle.vin(), nextSeq++, Instant.ofEpochMilli(nextGridMillis), vehicle.readSensors());
                lines.add(new Line(nextGridMillis, index, codec.encode(t)));
                lastSentMillis = nextGridMillis;
                lastRunning = running;
            }
            nextGridMillis += intervalMillis;
        }
        for (MaintenanceEvent e : pendingEvents) {
            events.add(new Event(e, index));
        }
        pendingEvents.clear();
    }

    static List<MaintenanceEvent> newEventBuffer() {
        return new ArrayList<>();
    }
}
