package dev.pitwall.api.workorder;

import dev.pitwall.api.booking.Booking;
import dev.pitwall.api.servicebook.RecordedServices;
import dev.pitwall.api.servicebook.ServiceBookService;
import dev.pitwall.api.servicebook.ServiceRecordRequest;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceSchedules;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records a work order's completed services in the vehicle's service book through the service book's own path
 * ({@link ServiceBookService#recordFromBooking}: same rules, same table, same outbox event), inside the transaction
 * that marks the order READY, so the step and the records commit together or not at all.
 */
@Component
class ServiceCompletion {

    private final ServiceBookService serviceBook;
    private final ServiceSchedules schedules;
    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceCompletion(ServiceBookService serviceBook, ServiceSchedules schedules, JdbcClient jdbc, Clock clock) {
        this.serviceBook = serviceBook;
        this.schedules = schedules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the booked services the vehicle's schedule has (a service the schedule lacks, such as spark plugs
     * of a diesel, is left out; none left records nothing), performed now, at the given odometer or the newest
     * one the vehicle reported.
     */
    RecordedServices record(Booking booking, CompletionRequest completion) {
        Set<ServiceItem> scheduled = Set.copyOf(schedules.forVin(booking.vin()).itemNames());
        List<String> items = booking.serviceTypes().stream()
                .filter(s -> scheduled.contains(ServiceItem.valueOf(s))).toList();
        if (items.isEmpty()) {
            return new RecordedServices(booking.vin(), List.of());
        }
        Double odometer = completion.odometerKm() != null ? completion.odometerKm() : newestOdometer(booking.vin());
        if (odometer == null) {
            throw new InvalidBodyException(List.of(new Violation("odometerKm", "the odometer at completion, km: "
                    + "vehicle " + booking.vin() + " has reported none", null)));
        }
        String notes = "Work order of booking " + booking.bookingId()
                + (completion.notes() == null || completion.notes().isBlank() ? "" : ": " + completion.notes().strip());
        ServiceRecordRequest request = new ServiceRecordRequest(items, clock.instant(), odometer, null,
                booking.workshopId(), notes);
        return serviceBook.recordFromBooking(booking.vin(), request)
                .orElseThrow(() -> WorkOrderConflictException.vehicleNeverReported(booking.vin()))
                .records();
    }

    private Double newestOdometer(String vin) {
        return jdbc.sql("SELECT odometer_km FROM vehicle_state WHERE vin = :vin").param("vin", vin)
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getDouble(1)).optional().orElse(null);
    }
}
