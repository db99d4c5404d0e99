package dev.pitwall.api.servicebook;

import dev.pitwall.api.servicebook.ServiceBookRepository.StoredRecord;
import dev.pitwall.api.vehicle.KnownVehicles;
import dev.pitwall.core.servicebook.ItemStatus;
import dev.pitwall.core.servicebook.ServiceBookEvaluator;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecordRules;
import dev.pitwall.core.servicebook.ServiceRecordRules.Violation;
import dev.pitwall.core.servicebook.ServiceSchedule;
import dev.pitwall.core.servicebook.ServiceSchedules;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A vehicle's service book and the recording of completed services. The rules are core's
 * ({@link ServiceBookEvaluator}, {@link ServiceRecordRules}); this class fetches what they need and stores what
 * they allow. An empty result means the vehicle is unknown ({@link KnownVehicles}).
 */
@Service
public class ServiceBookService {

    static final String SOURCE = "api";
    /** The source of records a work order writes when its work is done. */
    static final String BOOKING_SOURCE = "booking";
    static final int MAX_WORKSHOP_LENGTH = 200;
    static final int MAX_NOTES_LENGTH = 2000;

    private final ServiceBookRepository repository;
    private final KnownVehicles vehicles;
    private final ServiceSchedules schedules;
    private final ServiceRecordRules rules;
    private final ServiceBookProperties properties;
    private final TransactionOperations transactions;
    private final Clock clock;

    ServiceBookService(ServiceBookRepository repository, KnownVehicles vehicles, ServiceSchedules schedules,
            ServiceRecordRules rules, ServiceBookProperties properties, TransactionOperations transactions,
            Clock clock) {
        this.repository = repository;
        this.vehicles = vehicles;
        this.schedules = schedules;
        this.rules = rules;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The vehicle's items, most urgent first, and its newest {@code historyLimit} records. */
    Optional<ServiceBook> book(String vin, int historyLimit) {
        Optional<VehicleReadings> found = readings(vin);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VehicleReadings readings = found.get();
        ServiceSchedule schedule = schedules.forVin(vin);
        Map<ServiceItem, ServiceHistoryEntry> lastByItem = new EnumMap<>(ServiceItem.class);
        repository.findNewestPerItem(vin, schedule.itemNames()).forEach(e -> lastByItem.put(e.item(), e));
        Instant asOf = later(clock.instant(), readings.newest().time());
        List<ItemStatus> statuses = ServiceBookEvaluator.evaluate(schedule,
                lastByItem.values().stream().map(ServiceHistoryEntry::toServiceRecord).toList(),
                readings.first(), readings.newest(), asOf);
        // one more than asked tells whether there is more history than the limit
        List<ServiceHistoryEntry> history = repository.findHistory(vin, historyLimit + 1);
        return Optional.of(new ServiceBook(vin, new ServiceBook.Schedule(schedule.id(), schedule.model()), asOf,
                readings.newest().time(), readings.newest().odometerKm(), readings.newest().engineHours(),
                statuses.stream().map(s -> ServiceItemStatus.of(s, lastByItem.get(s.item()))).toList(),
                history.subList(0, Math.min(historyLimit, history.size())), historyLimit,
                history.size() > historyLimit));
    }

    /**
     * Records a completed service: one row per item, all or none. A request that repeats a stored one (same vin,
     * items, performedAt and values) stores nothing and answers the same records.
     *
     * @throws InvalidServiceRecordException naming every field that breaks a rule
     * @throws ServiceRecordConflictException when a record with the same key holds other values
     */
    Optional<RecordingOutcome> record(String vin, ServiceRecordRequest request) {
        return record(vin, request, SOURCE);
    }

    /**
     * Records the service a work order completed, with {@code source} = booking, by the same rules and in the same
     * table (and outbox) as {@link #record(String, ServiceRecordRequest)}; joins the caller's transaction.
     */
    public Optional<RecordingOutcome> recordFromBooking(String vin, ServiceRecordRequest request) {
        return record(vin, request, BOOKING_SOURCE);
    }

    private Optional<RecordingOutcome> record(String vin, ServiceRecordRequest request, String source) {
        Optional<VehicleReadings> found = readings(vin);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ServiceSchedule schedule = schedules.forVin(vin);
        // the database keeps microseconds: the key is what it will store, so a retry finds it
        Instant performedAt = request.performedAt() == null ? null
                : request.performedAt().truncatedTo(ChronoUnit.MICROS);
        String workshop = blankToNull(request.workshop());
        String notes = blankToNull(request.notes());
        List<Violation> violations = new ArrayList<>(rules.check(schedule, request.items(), performedAt,
                request.odometerKm(), request.engineHours(), found.get().newest(), clock.instant()));
        checkLength(violations, "workshop", workshop, MAX_WORKSHOP_LENGTH);
        checkLength(violations, "notes", notes, MAX_NOTES_LENGTH);
        if (!violations.isEmpty()) {
            throw new InvalidServiceRecordException(violations);
        }
        Double engineHours = request.engineHours() != null ? request.engineHours()
                : repository.findEngineHoursAt(vin, performedAt, properties.engineHoursLookback()).orElse(null);
        List<NewServiceRecord> records = ServiceRecordRules.items(request.items()).stream()
                .map(item -> new NewServiceRecord(item, performedAt, request.odometerKm(), engineHours, workshop,
                        notes, source))
                .toList();
        return Optional.of(transactions.execute(status -> {
            List<StoredRecord> stored = repository.insertIfAbsent(vin, records);
            for (StoredRecord s : stored) {
                if (!s.inserted()) {
                    requireSameAs(s.entry(), request.odometerKm(), request.engineHours(), workshop, notes);
                }
            }
            // a conflict above throws, which rolls back whatever this request inserted before it
            return new RecordingOutcome(new RecordedServices(vin, stored.stream().map(StoredRecord::entry).toList()),
                    stored.stream().anyMatch(StoredRecord::inserted));
        }));
    }

    /** What a service request stored, and whether it created anything (false: a repeat of a stored request). */
    public record RecordingOutcome(RecordedServices records, boolean created) {
    }

    private Optional<VehicleReadings> readings(String vin) {
        return vehicles.exists(vin) ? repository.findReadings(vin) : Optional.empty();
    }

    /** A repeat carries the stored values; engine hours only when the request gave them (else they were looked up). */
    private static void requireSameAs(ServiceHistoryEntry stored, double odometerKm, Double engineHours,
            String workshop, String notes) {
        if (stored.odometerKm() != odometerKm) {
            throw new ServiceRecordConflictException(stored, "odometerKm", stored.odometerKm(), odometerKm);
        }
        if (engineHours != null && !engineHours.equals(stored.engineHours())) {
            throw new ServiceRecordConflictException(stored, "engineHours", stored.engineHours(), engineHours);
        }
        if (!Objects.equals(workshop, stored.workshop())) {
            throw new ServiceRecordConflictException(stored, "workshop", stored.workshop(), workshop);
        }
        if (!Objects.equals(notes, stored.notes())) {
            throw new ServiceRecordConflictException(stored, "notes", stored.notes(), notes);
        }
    }

    private static void checkLength(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, "at most " + max + " characters",
                    value.substring(0, 40) + "... (" + value.length() + " characters)"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
