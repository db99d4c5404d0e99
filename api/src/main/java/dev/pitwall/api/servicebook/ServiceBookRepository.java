package dev.pitwall.api.servicebook;

import dev.pitwall.core.servicebook.ServiceItem;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the service book reads and writes: a vehicle's readings, its service records, and new records that are
 * stored at most once per (vin, item, performedAt). {@link JdbcServiceBookRepository} is the real one.
 */
interface ServiceBookRepository {

    /** The newest and the first reading of the vehicle; empty when it never reported. */
    Optional<VehicleReadings> findReadings(String vin);

    /** The newest record of each of {@code items} that has one. */
    List<ServiceHistoryEntry> findNewestPerItem(String vin, Collection<ServiceItem> items);

    /** The newest {@code limit} records of the vehicle, newest first (then by item). */
    List<ServiceHistoryEntry> findHistory(String vin, int limit);

    /** The engine hours the vehicle reported last at or before {@code time}, looking back at most {@code lookback}. */
    Optional<Double> findEngineHoursAt(String vin, Instant time, Duration lookback);

    /**
     * Stores each record whose (vin, item, performedAt) is not stored yet, and answers, in the order given, the
     * stored row of each and whether this call inserted it.
     */
    List<StoredRecord> insertIfAbsent(String vin, List<NewServiceRecord> records);

    /** A row of {@code service_record}, and whether the call that returned it inserted it. */
    record StoredRecord(ServiceHistoryEntry entry, boolean inserted) {
    }
}
