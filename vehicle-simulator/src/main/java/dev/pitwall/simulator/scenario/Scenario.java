package dev.pitwall.simulator.scenario;

import dev.pitwall.core.telemetry.Telemetry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted fleet story and the telemetry it produces: every vehicle's messages (seq counting up from its
 * {@code firstSeq}) and all of them merged in event-time order. Built from a file by {@link ScenarioFile}; the
 * messages are generated once, when it is built, so a scenario that cannot be played fails at once.
 */
public final class Scenario {

    public static final Duration DEFAULT_REPORT_EVERY = Duration.ofSeconds(30);
    /** Below the offline alarm's 10 minutes, so a parked vehicle does not count as offline. */
    public static final Duration DEFAULT_PARKED_REPORT_EVERY = Duration.ofMinutes(5);
    /** Per vehicle; a guard against a typo (a report every second for a year) filling the heap. */
    public static final int MAX_MESSAGES_PER_VEHICLE = 1_000_000;

    /** Merged order: event time, then VIN, then seq. */
    public static final Comparator<Telemetry> EVENT_TIME_ORDER = Comparator.comparing(Telemetry::eventTime)
            .thenComparing(Telemetry::vin)
            .thenComparingLong(Telemetry::seq);

    private final String name;
    private final String description;
    private final Instant start;
    private final Duration reportEvery;
    private final Duration parkedReportEvery;
    private final List<VehicleScript> vehicles;
    private final Map<String, List<Telemetry>> byVehicle;
    private final List<Telemetry> merged;

    /**
     * @param reportEvery       null: {@link #DEFAULT_REPORT_EVERY}
     * @param parkedReportEvery null: {@link #DEFAULT_PARKED_REPORT_EVERY}
     * @throws InvalidScenarioException when a vehicle's script cannot be played
     */
    public Scenario(String name, String description, Instant start, Duration reportEvery, Duration parkedReportEvery,
            List<VehicleScript> vehicles) {
        this("scenario '" + name + "'", name, description, start, reportEvery, parkedReportEvery, vehicles);
    }

    Scenario(String source, String name, String description, Instant start, Duration reportEvery,
            Duration parkedReportEvery, List<VehicleScript> vehicles) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.start = Objects.requireNonNull(start, "start");
        this.reportEvery = positive(source, "/reportEvery", reportEvery != null ? reportEvery : DEFAULT_REPORT_EVERY);
        this.parkedReportEvery = positive(source, "/parkedReportEvery",
                parkedReportEvery != null ? parkedReportEvery : DEFAULT_PARKED_REPORT_EVERY);
        this.vehicles = List.copyOf(vehicles);
        if (this.vehicles.isEmpty()) {
            throw new InvalidScenarioException(source + ": /vehicles: expected at least one vehicle");
        }
        Map<String, List<Telemetry>> perVehicle = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Telemetry> all = new ArrayList<>();
        for (int i = 0; i < this.vehicles.size(); i++) {
            VehicleScript v = this.vehicles.get(i);
            Integer earlier = firstIndex.putIfAbsent(v.vin(), i);
            if (earlier != null) {
                throw new InvalidScenarioException(source + ": /vehicles/" + i + "/vin: expected each VIN once, "
                        + v.vin() + " is also /vehicles/" + earlier + "/vin");
            }
            List<Telemetry> messages = VehicleRun.play(source, v, start, this.reportEvery, this.parkedReportEvery,
                    MAX_MESSAGES_PER_VEHICLE);
            perVehicle.put(v.vin(), messages);
            all.addAll(messages);
        }
        all.sort(EVENT_TIME_ORDER);
        this.byVehicle = Collections.unmodifiableMap(perVehicle);
        this.merged = List.copyOf(all);
    }

    private static Duration positive(String source, String field, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new InvalidScenarioException(source + ": " + field + ": expected a positive duration, got " + d);
        }
        return d;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Event time of every vehicle's first message. */
    public Instant start() {
        return start;
    }

    public Duration reportEvery() {
        return reportEvery;
    }

    public Duration parkedReportEvery() {
        return parkedReportEvery;
    }

    public List<VehicleScript> vehicles() {
        return vehicles;
    }

    /** Every vehicle's messages, merged in {@link #EVENT_TIME_ORDER}. */
    public List<Telemetry> telemetry() {
        return merged;
    }

    /** Each vehicle's messages in seq order, by VIN, vehicles in file order. */
    public Map<String, List<Telemetry>> telemetryByVehicle() {
        return byVehicle;
    }

    /** Event time of the last message of any vehicle. */
    public Instant end() {
        return merged.isEmpty() ? start : merged.get(merged.size() - 1).eventTime();
    }

    @Override
    public String toString() {
        return "Scenario[" + name + ", " + vehicles.size() + " vehicle(s), " + merged.size() + " messages, "
                + start + " to " + end() + "]";
    }
}
