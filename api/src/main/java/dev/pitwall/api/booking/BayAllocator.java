package dev.pitwall.api.booking;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.engagement.booking.BookingRules;
import dev.pitwall.engagement.booking.ServiceDurations;
import dev.pitwall.engagement.booking.Slot;
import dev.pitwall.engagement.booking.SlotFinder;
import dev.pitwall.engagement.booking.WorkshopCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a visit into a slot: checks that the start is one the {@link SlotFinder} offers now, then takes the first
 * bay that is free, and when a concurrent request took that bay first (the exclusion constraint's 23P01), the next.
 * Runs inside the caller's transaction; each attempt in a savepoint of its own, so that a lost race does not undo
 * what the transaction did before. Before reading the calendar it takes the vehicle's and the workshop's advisory
 * locks (see {@link BookingRepository#lockVehicleAndWorkshop}); a visit with a courtesy car also holds the workshop's
 * courtesy-car lock from counting the cars until the transaction ends.
 */
@Component
class BayAllocator {

    private final SlotFinder finder;
    private final ServiceDurations durations;
    private final WorkshopCalendars calendars;
    private final BookingRepository repository;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    BayAllocator(SlotFinder finder, ServiceDurations durations, WorkshopCalendars calendars,
            BookingRepository repository, PlatformTransactionManager transactionManager, Clock clock) {
        this.finder = finder;
        this.durations = durations;
        this.calendars = calendars;
        this.repository = repository;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /** Writes the visit with one bay: inserts it or moves it there; throws 23P01 when the bay is taken. */
    @FunctionalInterface
    interface BayWrite<T> {
        T write(int bay, Instant endsAt);
    }

    /**
     * @param excluded the booking being moved (its own bay does not count as taken), or null for a new one
     * @throws InvalidBodyException naming startsAt when the workshop offers no slot there now
     * @throws BookingConflictException when no bay or no courtesy car is left, or the vehicle is booked then
     */
    <T> T allocate(PointOfInterest workshop, List<ServiceItem> services, Instant startsAt, boolean courtesyCar,
            UUID excluded, String vin, BayWrite<T> write) {
        Instant now = clock.instant();
        Duration duration = durations.total(services);
        requireAdmitted(startsAt, now);
        repository.lockVehicleAndWorkshop(vin, workshop.id());
        if (courtesyCar) {
            repository.lockCourtesyCars(workshop.id());
        }
        WorkshopCalendar calendar = calendars.of(workshop, startsAt, startsAt.plus(duration), excluded);
        Slot slot = finder.slotAt(calendar, duration, startsAt, now).orElseThrow(() -> invalidStart(startsAt,
                "the start of a slot workshop " + workshop.id() + " offers for a " + duration.toMinutes()
                        + "-minute visit (GET /api/v1/workshops/" + workshop.id() + "/slots?service="
                        + services.stream().map(Enum::name).collect(Collectors.joining(",")) + ")"));
        if (!slot.available()) {
            throw BookingConflictException.slotTaken(workshop.id(), startsAt);
        }
        if (courtesyCar && slot.courtesyCarsFree() == 0) {
            throw BookingConflictException.noCourtesyCar(workshop.id(), startsAt);
        }
        for (int bay : slot.freeBays()) {
            Optional<T> written = attempt(bay, slot.end(), write, vin, startsAt);
            if (written.isPresent()) {
                return written.get();
            }
        }
        throw BookingConflictException.slotTaken(workshop.id(), startsAt);
    }

    /** Empty when a concurrent booking took the bay first. */
    private <T> Optional<T> attempt(int bay, Instant endsAt, BayWrite<T> write, String vin, Instant startsAt) {
        try {
            return Optional.of(savepoint.execute(tx -> write.write(bay, endsAt)));
        } catch (DataAccessException e) {
            String constraint = ExclusionViolation.constraintOf(e).orElseThrow(() -> e);
            if (constraint.equals(ExclusionViolation.VEHICLE_BUSY)) {
                throw BookingConflictException.vehicleBusy(vin, startsAt);
            }
            return Optional.empty();
        }
    }

    private void requireAdmitted(Instant startsAt, Instant now) {
        BookingRules rules = finder.rules();
        if (startsAt.isBefore(rules.earliestStart(now))) {
            throw invalidStart(startsAt, "a slot start at least " + describe(rules.leadTime()) + " from now, i.e. "
                    + "at or after " + rules.earliestStart(now));
        }
        if (startsAt.isAfter(rules.latestStart(now))) {
            throw invalidStart(startsAt, "a slot start at most " + describe(rules.maxHorizon()) + " ahead, i.e. "
                    + "at or before " + rules.latestStart(now));
        }
    }

    private static InvalidBodyException invalidStart(Instant startsAt, String expected) {
        return new InvalidBodyException(List.of(new Violation("startsAt", expected, startsAt)));
    }

    static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + " days";
        }
        return minutes % 60 == 0 ? minutes / 60 + " hours" : minutes + " minutes";
    }
}
