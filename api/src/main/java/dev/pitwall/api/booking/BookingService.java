package dev.pitwall.api.booking;

import dev.pitwall.api.idempotency.IdempotencyKey;
import dev.pitwall.api.idempotency.IdempotentRequests;
import dev.pitwall.api.idempotency.StoredResponse;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.lead.LeadProgress;
import dev.pitwall.api.lead.LeadStatus;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.engagement.booking.BookingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Books, moves and cancels workshop visits for a caller, who sees only the bookings {@link BookingVisibility}
 * allows. Each change is one transaction; {@link BayAllocator} puts a visit into its slot, and {@link VisitMessages}
 * tells the subscriber in the same transaction.
 */
@Service
class BookingService {

    static final String BOOK_OPERATION = "POST /api/v1/bookings";

    private final BookingRepository repository;
    private final BookableWorkshops workshops;
    private final BayAllocator allocator;
    private final VehicleAccess access;
    private final BookingVisibility visibility;
    private final IdempotentRequests idempotent;
    private final TransactionOperations transactions;
    private final BookingMetrics metrics;
    private final LeadProgress leads;
    private final VisitMessages messages;

    BookingService(BookingRepository repository, BookableWorkshops workshops, BayAllocator allocator,
            VehicleAccess access, BookingVisibility visibility, IdempotentRequests idempotent,
            TransactionOperations transactions, BookingMetrics metrics, LeadProgress leads, VisitMessages messages) {
        this.repository = repository;
        this.workshops = workshops;
        this.allocator = allocator;
        this.access = access;
        this.visibility = visibility;
        this.idempotent = idempotent;
        this.transactions = transactions;
        this.metrics = metrics;
        this.leads = leads;
        this.messages = messages;
    }

    /**
     * Books the visit once per Idempotency-Key: the first request's 201 (body and Location) answers every repeat
     * with the same key and body, also one that arrives while the first is still running.
     */
    StoredResponse book(Caller caller, IdempotencyKey key, NewBooking booking) {
        StoredResponse response = counting(() -> idempotent.create(caller.subject(), key, BOOK_OPERATION, booking,
                () -> create(caller, booking), created -> UriComponentsBuilder.fromPath("/api/v1/bookings/{bookingId}")
                        .build(created.bookingId())));
        if (response.replayed()) {
            metrics.replayed();
        } else {
            metrics.booked();
        }
        return response;
    }

    Optional<Booking> find(Caller caller, UUID bookingId) {
        return repository.find(bookingId, visibility.of(caller));
    }

    Page<Booking> list(Caller caller, BookingQuery query, PageQuery page) {
        return repository.findPage(query, page, visibility.of(caller));
    }

    /**
     * Moves a BOOKED visit to another slot of its workshop, in one UPDATE of its row (so never two live rows).
     * Asking for the start it already has changes nothing, so a repeat is safe.
     */
    Booking reschedule(Caller caller, UUID bookingId, Instant startsAt, Integer version) {
        Change change = counting(() -> transactions.execute(tx -> {
            Booking booking = visible(caller, bookingId);
            if (!booking.status().isChangeable()) {
                throw BookingConflictException.notChangeable(booking.bookingId(), booking.status(), "rescheduled");
            }
            if (booking.startsAt().equals(startsAt)) {
                return new Change(booking, false);
            }
            if (version != null && version != booking.version()) {
                throw BookingConflictException.staleVersion(booking.bookingId(), booking.version(), version);
            }
            List<ServiceItem> services = BookingRepository.serviceItems(booking);
            PointOfInterest workshop = workshops.find(booking.workshopId())
                    .filter(w -> services.stream().allMatch(s -> w.offers(s.name())))
                    .orElseThrow(() -> BookingConflictException.workshopGone(booking.bookingId(),
                            booking.workshopId()));
            Booking moved = allocator.allocate(workshop, services, startsAt, booking.courtesyCar(), bookingId,
                    booking.vin(), (bay, endsAt) -> repository.move(bookingId, booking.version(), bay, startsAt,
                            endsAt).orElseThrow(() -> changedMeanwhile(caller, booking)));
            messages.send(moved, VisitMessages.Event.RESCHEDULED, moved.version(), Map.of());
            return new Change(moved, true);
        }));
        if (change.changed()) {
            metrics.rescheduled();
        }
        return change.booking();
    }

    /** Cancels a BOOKED visit; cancelling a cancelled one changes nothing, so a repeat is safe. */
    Booking cancel(Caller caller, UUID bookingId) {
        Change change = counting(() -> transactions.execute(tx -> {
            Booking booking = visible(caller, bookingId);
            if (booking.status() == BookingStatus.CANCELLED) {
                return new Change(booking, false);
            }
            if (!booking.status().isChangeable()) {
                throw BookingConflictException.notChangeable(booking.bookingId(), booking.status(), "cancelled");
            }
            Booking cancelled = repository.cancel(bookingId, booking.version())
                    .orElseThrow(() -> changedMeanwhile(caller, booking));
            messages.send(cancelled, VisitMessages.Event.CANCELLED);
            return new Change(cancelled, true);
        }));
        if (change.changed()) {
            metrics.cancelled();
        }
        return change.booking();
    }

    /** Inside the idempotent request's transaction. */
    private Booking create(Caller caller, NewBooking booking) {
        if (!access.permits(caller, booking.vin())) {
            throw new VehicleNotFoundException(booking.vin());
        }
        String subscriber = repository.activeSubscriber(booking.vin())
                .orElseThrow(() -> BookingConflictException.noSubscriber(booking.vin()));
        if (booking.leadId() != null
                && !repository.leadVin(booking.leadId()).filter(booking.vin()::equals).isPresent()) {
            throw new InvalidBodyException(List.of(new Violation("leadId", "the id of a service lead of vehicle "
                    + booking.vin(), booking.leadId())));
        }
        PointOfInterest workshop = workshops.requireOffering(booking.workshopId(), booking.serviceTypes());
        Booking created = allocator.allocate(workshop, booking.serviceTypes(), booking.startsAt(),
                booking.courtesyCar(), null, booking.vin(), (bay, endsAt) -> repository.insert(UUID.randomUUID(),
                        subscriber, booking, bay, endsAt, caller.subject()));
        messages.send(created, VisitMessages.Event.BOOKED);
        if (booking.leadId() != null) {
            // the lead is answered: the advisors' list shows it BOOKED, and the prompt funnel counts it
            leads.advance(booking.leadId(), LeadStatus.BOOKED, "booked " + created.bookingId(),
                    caller.subject());
        }
        return created;
    }

    private Booking visible(Caller caller, UUID bookingId) {
        return repository.find(bookingId, visibility.of(caller)).orElseThrow(() -> notFound(bookingId));
    }

    /** A concurrent reschedule or cancel won: answer with what it left (read committed sees it now). */
    private BookingConflictException changedMeanwhile(Caller caller, Booking read) {
        Booking now = repository.find(UUID.fromString(read.bookingId()), visibility.of(caller)).orElse(read);
        return now.status().isChangeable()
                ? BookingConflictException.staleVersion(read.bookingId(), now.version(), read.version())
                : BookingConflictException.notChangeable(read.bookingId(), now.status(), "changed");
    }

    static ResourceNotFoundException notFound(UUID bookingId) {
        return new ResourceNotFoundException("booking", "bookingId", bookingId.toString());
    }

    private <T> T counting(Supplier<T> work) {
        try {
            return work.get();
        } catch (BookingConflictException e) {
            metrics.conflict(e);
            throw e;
        }
    }

    /** A booking after a request, and whether the request changed it. */
    private record Change(Booking booking, boolean changed) {
    }
}
