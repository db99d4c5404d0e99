package dev.pitwall.api.testdrive;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.booking.BookingProperties;
import dev.pitwall.api.idempotency.IdempotencyKey;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.DateParameter;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.PointLimit;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.UuidParameter;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.engagement.booking.SlotOrder;
import dev.pitwall.engagement.repurchase.TestDriveStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/**
 * Validates what the caller sent, then asks {@link TestDriveSlotService} or {@link TestDriveService} on behalf of
 * {@link Caller#current()}. A body Jackson could not read is answered here, naming the field.
 */
@RestController
class TestDriveController implements TestDriveApi {

    static final String FROM_EXPECTED = "a date such as 2026-02-03 (the first day, in each dealer's time zone)";
    static final String SORT_EXPECTED = "nearest or earliest";

    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("vin", "a VIN as text"),
            Field.of("modelId", "a model id as text"),
            Field.of("dealerId", "a dealer id as text"),
            Field.of("startsAt", "an ISO-8601 instant such as 2026-02-03T09:00:00Z"));
    private static final RequestBodyFields OUTCOME_BODY = new RequestBodyFields(
            Field.of("outcome", TestDriveStatus.outcomesExpected() + " as text"));

    private final TestDriveSlotService slots;
    private final TestDriveService testDrives;
    private final BookingProperties booking;
    private final ApiProperties api;

    TestDriveController(TestDriveSlotService slots, TestDriveService testDrives, BookingProperties booking,
            ApiProperties api) {
        this.slots = slots;
        this.testDrives = testDrives;
        this.booking = booking;
        this.api = api;
    }

    @Override
    public TestDriveSlots slots(String vin, String model, String from, Integer days, String sort, Integer limit) {
        VinParameter.require(vin);
        int span = days == null ? booking.defaultSearchDays() : days;
        if (span < 1 || span > booking.maxSearchDays()) {
            throw new InvalidParameterException("days", "an integer from 1 to " + booking.maxSearchDays(), span);
        }
        return slots.search(Caller.current(), vin, model, DateParameter.parse("from", from, FROM_EXPECTED), span,
                order(sort),
                PointLimit.of(limit, booking.defaultSlotLimit(), booking.maxSlotLimit()));
    }

    @Override
    public Page<TestDrive> testDrives(String vin, String dealerId, List<String> status, Integer page, Integer size) {
        return testDrives.list(Caller.current(), TestDriveQuery.of(vin, dealerId, status),
                PageQuery.of(page, size, api.paging()));
    }

    @Override
    public ResponseEntity<String> book(String idempotencyKey, TestDriveRequest request) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        return testDrives.book(Caller.current(), key, NewTestDrive.of(request)).toResponseEntity();
    }

    @Override
    public TestDrive testDrive(String testDriveId) {
        UUID id = testDriveId(testDriveId);
        return testDrives.find(Caller.current(), id).orElseThrow(() -> TestDriveService.notFound(id));
    }

    @Override
    public TestDrive cancel(String testDriveId) {
        return testDrives.cancel(Caller.current(), testDriveId(testDriveId));
    }

    @Override
    public TestDrive outcome(String testDriveId, OutcomeRequest request) {
        UUID id = testDriveId(testDriveId);
        return testDrives.recordOutcome(Caller.current(), id, outcome(request.outcome()));
    }

    static TestDriveStatus outcome(String value) {
        try {
            TestDriveStatus status = value == null ? null
                    : TestDriveStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (status != null && status.isOutcome()) {
                return status;
            }
        } catch (IllegalArgumentException e) {
            // answered below, like a status that is no outcome
        }
        throw new InvalidBodyException(List.of(new Violation("outcome", TestDriveStatus.outcomesExpected(), value)));
    }

    private static UUID testDriveId(String testDriveId) {
        return UuidParameter.require("testDriveId", testDriveId, TEST_DRIVE_ID_EXAMPLE);
    }

    private static SlotOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return SlotOrder.NEAREST;
        }
        try {
            return SlotOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("sort", SORT_EXPECTED, sort);
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        RequestBodyFields fields = request.getRequestURI().endsWith("/outcome") ? OUTCOME_BODY : BODY;
        return ApiProblemHandler.problem(fields.unreadable(ex));
    }
}
