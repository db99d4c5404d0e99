package dev.pitwall.api.testdrive;

import dev.pitwall.api.booking.ExclusionViolation;
import dev.pitwall.api.idempotency.IdempotencyKey;
import dev.pitwall.api.idempotency.IdempotentRequests;
import dev.pitwall.api.idempotency.StoredResponse;
import dev.pitwall.api.repurchase.TestDriveDealers;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.engagement.booking.Slot;
import dev.pitwall.engagement.booking.SlotFinder;
import dev.pitwall.engagement.repurchase.CarModel;
import dev.pitwall.engagement.repurchase.ModelCatalog;
import dev.pitwall.engagement.repurchase.TestDriveStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Books, cancels and closes test drives for a caller, who sees only the ones {@link VehicleAccess#restrictToSubscriber}
 * allows (a subscriber their own, staff all). Each change is one transaction. Meters: {@code pitwall.test_drives}
 * {event = booked, replayed, cancelled, completed, no_show} and {@code pitwall.test_drives.conflicts} {reason}.
 */
@Service
class TestDriveService {

    static final String BOOK_OPERATION = "POST /api/v1/test-drives";
    static final String METER = "pitwall.test_drives";

    private final TestDriveRepository repository;
    private final VehicleAccess access;
    private final ModelCatalog catalog;
    private final TestDriveDealers dealers;
    private final DemoCarCalendars calendars;
    private final SlotFinder finder;
    private final TestDriveProperties properties;
    private final TestDriveMessages messages;
    private final IdempotentRequests idempotent;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoint;
    private final MeterRegistry meters;
    private final Clock clock;

    TestDriveService(TestDriveRepository repository, VehicleAccess access, ModelCatalog catalog,
            TestDriveDealers dealers, DemoCarCalendars calendars, SlotFinder finder, TestDriveProperties properties,
            TestDriveMessages messages, IdempotentRequests idempotent, PlatformTransactionManager transactionManager,
            MeterRegistry meters, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.catalog = catalog;
        this.dealers = dealers;
        this.calendars = calendars;
        this.finder = finder;
        this.properties = properties;
        this.messages = messages;
        this.idempotent = idempotent;
        this.transactions = new TransactionTemplate(transactionManager);
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Books the test drive once per Idempotency-Key: the first request's 201 (body and Location) answers every
     * repeat with the same key and body, also one that arrives while the first is still running.
     */
    StoredResponse book(Caller caller, IdempotencyKey key, NewTestDrive request) {
        StoredResponse response = counting(() -> idempotent.create(caller.subject(), key, BOOK_OPERATION, request,
                () -> create(caller, request), created -> UriComponentsBuilder
                        .fromPath("/api/v1/test-drives/{testDriveId}").build(created.testDriveId())));
        count(response.replayed() ? "replayed" : "booked");
        return response;
    }

    Optional<TestDrive> find(Caller caller, UUID testDriveId) {
        return repository.find(testDriveId, visibility(caller)).map(this::named);
    }

    Page<TestDrive> list(Caller caller, TestDriveQuery query, PageQuery page) {
        Page<TestDrive> found = repository.findPage(query, page, visibility(caller));
        return new Page<>(found.items().stream().map(this::named).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    /** Cancels a BOOKED test drive before it starts; cancelling a cancelled one changes nothing (safe to repeat). */
    TestDrive cancel(Caller caller, UUID testDriveId) {
        return close(caller, testDriveId, TestDriveStatus.CANCELLED, "cancelled");
    }

    /**
     * Records how a test drive went, once it has started; recording the outcome it already has changes nothing (safe
     * to repeat).
     */
    TestDrive recordOutcome(Caller caller, UUID testDriveId, TestDriveStatus outcome) {
        return close(caller, testDriveId, outcome, "given an outcome");
    }

    private TestDrive close(Caller caller, UUID testDriveId, TestDriveStatus status, String change) {
        Closed closed = counting(() -> transactions.execute(tx -> {
            TestDrive testDrive = repository.find(testDriveId, visibility(caller))
                    .orElseThrow(() -> notFound(testDriveId));
            if (testDrive.status() == status) {
                return new Closed(testDrive, false);
            }
            if (!testDrive.status().isOpen()) {
                throw TestDriveConflictException.notOpen(testDrive.testDriveId(), testDrive.status(), change);
            }
            boolean started = !clock.instant().isBefore(testDrive.startsAt());
            if (status == TestDriveStatus.CANCELLED && started) {
                throw TestDriveConflictException.alreadyStarted(testDrive.testDriveId(), testDrive.startsAt());
            }
            if (status.isOutcome() && !started) {
                throw TestDriveConflictException.notStarted(testDrive.testDriveId(), testDrive.startsAt());
            }
            // a concurrent change that won leaves no BOOKED row at this version: answer with what it left
            return new Closed(repository.close(testDriveId, testDrive.version(), status, caller.subject())
                    .orElseGet(() -> {
                        TestDrive now = repository.find(testDriveId, visibility(caller)).orElse(testDrive);
                        if (now.status() == status) {
                            return now;
                        }
                        throw TestDriveConflictException.notOpen(now.testDriveId(), now.status(), change);
                    }), true);
        }));
        if (closed.changed()) {
            count(status.name().toLowerCase(Locale.ROOT));
        }
        return named(closed.testDrive());
    }

    /** Inside the idempotent request's transaction. */
    private TestDrive create(Caller caller, NewTestDrive request) {
        if (!access.permits(caller, request.vin())) {
            throw new VehicleNotFoundException(request.vin());
        }
        String subscriber = repository.activeSubscriber(request.vin())
                .orElseThrow(() -> TestDriveConflictException.noSubscriber(request.vin()));
        CarModel model = catalog.byId(request.modelId()).orElseThrow(() -> invalid("modelId",
                NewTestDrive.MODEL_EXPECTED, request.modelId()));
        PointOfInterest dealer = dealers.dealerOf(request.dealerId(), model.brand()).orElseThrow(() -> invalid(
                "dealerId", "the id of a DEALER selling " + model.brand() + ", the brand of " + model.id()
                        + " (a slot's dealerId)", request.dealerId()));
        repository.lockBooking(subscriber, dealer.id(), model.id());
        Instant now = clock.instant();
        Duration duration = properties.duration();
        Instant startsAt = request.startsAt();
        Slot slot = finder.slotAt(calendars.of(List.of(dealer), model.id(), startsAt, startsAt.plus(duration))
                .get(dealer.id()), duration, startsAt, now).orElseThrow(() -> invalid("startsAt", "the start of a "
                        + "slot dealer " + dealer.id() + " offers now for a " + duration.toMinutes() + "-minute test "
                        + "drive (GET /api/v1/vehicles/" + request.vin() + "/test-drive-slots?model=" + model.id()
                        + "): on its grid, within its opening hours, after the booking lead time", startsAt));
        for (int car : slot.freeBays()) {
            Optional<TestDrive> created = attempt(() -> repository.insert(UUID.randomUUID(), subscriber, request,
                    car, slot.end(), caller.subject()), subscriber, startsAt);
            if (created.isPresent()) {
                TestDrive named = created.get().named(model.name(), dealer.name());
                messages.booked(named, model, dealer);
                return named;
            }
        }
        throw TestDriveConflictException.carTaken(dealer.id(), model.id(), startsAt);
    }

    /**
     * Empty when the demo car was taken after all (a row written without {@link TestDriveRepository#lockBooking}, e.g.
     * by hand); each attempt in a savepoint of its own.
     */
    private Optional<TestDrive> attempt(Supplier<TestDrive> insert, String subscriber, Instant startsAt) {
        try {
            return Optional.of(savepoint.execute(tx -> insert.get()));
        } catch (DataAccessException e) {
            String constraint = ExclusionViolation.constraintOf(e).orElseThrow(() -> e);
            if (constraint.equals(TestDriveRepository.DRIVER_BUSY)) {
                throw TestDriveConflictException.driverBusy(subscriber, startsAt);
            }
            return Optional.empty();
        }
    }

    private TestDrive named(TestDrive testDrive) {
        String model = catalog.byId(testDrive.modelId()).map(CarModel::name).orElse(null);
        String dealer = dealers.dealer(testDrive.dealerId()).map(PointOfInterest::name).orElse(null);
        return testDrive.named(model, dealer);
    }

    private VehicleAccess.Restriction visibility(Caller caller) {
        return access.restrictToSubscriber(caller, "t.subscriber_id");
    }

    static ResourceNotFoundException notFound(UUID testDriveId) {
        return new ResourceNotFoundException("test drive", "testDriveId", testDriveId.toString());
    }

    private static InvalidBodyException invalid(String field, String expected, Object actual) {
        return new InvalidBodyException(List.of(new Violation(field, expected, actual)));
    }

    private <T> T counting(Supplier<T> work) {
        try {
            return work.get();
        } catch (TestDriveConflictException e) {
            meters.counter(METER + ".conflicts", "reason", e.reason()).increment();
            throw e;
        }
    }

    private void count(String event) {
        meters.counter(METER, "event", event).increment();
    }

    /** A test drive after a request, and whether the request changed it. */
    private record Closed(TestDrive testDrive, boolean changed) {
    }
}
