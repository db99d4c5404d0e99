package dev.pitwall.api.servicebook;

import dev.pitwall.api.vehicle.KnownVehicles;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.VehicleReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The service book's storage in memory, with the database's rules: one record per (vin, item, performedAt). */
class InMemoryServiceBookRepository implements ServiceBookRepository, KnownVehicles {

    private static final Comparator<ServiceHistoryEntry> NEWEST_FIRST = Comparator
            .comparing(ServiceHistoryEntry::performedAt).reversed().thenComparing(ServiceHistoryEntry::item);

    private final Clock clock;
    private final Map<String, VehicleReadings> readings = new HashMap<>();
    private final Map<String, NavigableMap<Instant, Double>> engineHours = new HashMap<>();
    private final Map<String, List<ServiceHistoryEntry>> records = new HashMap<>();
    private long nextId = 1;

    InMemoryServiceBookRepository(Clock clock) {
        this.clock = clock;
    }

    /** A vehicle that has reported: its first and newest readings. */
    void vehicle(String vin, VehicleReading first, VehicleReading newest) {
        readings.put(vin, new VehicleReadings(newest, first));
    }

    /** A telemetry message of the vehicle that carried engine hours. */
    void engineHours(String vin, Instant time, double hours) {
        engineHours.computeIfAbsent(vin, v -> new TreeMap<>()).put(time, hours);
    }

    List<ServiceHistoryEntry> all(String vin) {
        return List.copyOf(records.getOrDefault(vin, List.of()));
    }

    void clear() {
        readings.clear();
        engineHours.clear();
        records.clear();
    }

    @Override
    public boolean exists(String vin) {
        return readings.containsKey(vin);
    }

    @Override
    public Optional<VehicleReadings> findReadings(String vin) {
        return Optional.ofNullable(readings.get(vin));
    }

    @Override
    public List<ServiceHistoryEntry> findNewestPerItem(String vin, Collection<ServiceItem> items) {
        return items.stream()
                .flatMap(item -> records.getOrDefault(vin, List.of()).stream().filter(r -> r.item() == item)
                        .max(Comparator.comparing(ServiceHistoryEntry::performedAt)).stream())
                .toList();
    }

    @Override
    public List<ServiceHistoryEntry> findHistory(String vin, int limit) {
        return records.getOrDefault(vin, List.of()).stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public Optional<Double> findEngineHoursAt(String vin, Instant time, Duration lookback) {
        var entry = engineHours.getOrDefault(vin, new TreeMap<>()).floorEntry(time);
        return entry == null || entry.getKey().isBefore(time.minus(lookback)) ? Optional.empty()
                : Optional.of(entry.getValue());
    }

    @Override
    public List<StoredRecord> insertIfAbsent(String vin, List<NewServiceRecord> newRecords) {
        List<ServiceHistoryEntry> stored = records.computeIfAbsent(vin, v -> new ArrayList<>());
        List<StoredRecord> result = new ArrayList<>();
        for (NewServiceRecord r : newRecords) {
            Optional<ServiceHistoryEntry> existing = stored.stream()
                    .filter(e -> e.item() == r.item() && e.performedAt().equals(r.performedAt())).findFirst();
            if (existing.isPresent()) {
                result.add(new StoredRecord(existing.get(), false));
            } else {
                ServiceHistoryEntry entry = new ServiceHistoryEntry(nextId++, r.item(), r.item().displayName(),
                        r.performedAt(), r.odometerKm(), r.engineHours(), r.workshop(), r.notes(), r.source(),
                        clock.instant());
                stored.add(entry);
                result.add(new StoredRecord(entry, true));
            }
        }
        return result;
    }
}
