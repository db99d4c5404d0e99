package dev.pitwall.api.booking;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.idempotency.IdempotencyKey;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.UuidParameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/**
 * Validates what the caller sent, then asks {@link BookingService} on behalf of {@link Caller#current()}. A body
 * Jackson could not read is answered here, naming the field (only this controller knows the body's fields);
 * everything else by the shared {@link ApiProblemHandler}.
 */
@RestController
class BookingController implements BookingApi {

    private static final String INSTANT = "an ISO-8601 instant such as 2026-02-02T08:00:00Z";
    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("vin", "a VIN as text"),
            Field.of("workshopId", "a workshop id as text"),
            Field.array("serviceTypes", "an array of service types, e.g. [\"OIL_SERVICE\"]", "a service type as text"),
            Field.of("startsAt", INSTANT),
            Field.of("leadId", UuidParameter.expected("6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31")),
            Field.of("pickupAndDelivery", "true or false"),
            Field.of("pickupAddress", "text"),
            Field.of("courtesyCar", "true or false"));
    private static final RequestBodyFields RESCHEDULE_BODY = new RequestBodyFields(
            Field.of("startsAt", INSTANT),
            Field.of("version", "an integer: the booking's version as last read"));

    private final BookingService bookings;
    private final ApiProperties api;

    BookingController(BookingService bookings, ApiProperties api) {
        this.bookings = bookings;
        this.api = api;
    }

    @Override
    public Page<Booking> bookings(String vin, String workshopId, List<String> status, Integer page, Integer size) {
        BookingQuery query = BookingQuery.of(vin, workshopId, status);
        return bookings.list(Caller.current(), query, PageQuery.of(page, size, api.paging()));
    }

    @Override
    public ResponseEntity<String> book(String idempotencyKey, BookingRequest request) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        NewBooking booking = NewBooking.of(request);
        return bookings.book(Caller.current(), key, booking).toResponseEntity();
    }

    @Override
    public Booking booking(String bookingId) {
        UUID id = bookingId(bookingId);
        return bookings.find(Caller.current(), id).orElseThrow(() -> BookingService.notFound(id));
    }

    @Override
    public Booking reschedule(String bookingId, RescheduleRequest request) {
        UUID id = bookingId(bookingId);
        if (request.startsAt() == null) {
            throw new InvalidBodyException(List.of(new Violation("startsAt", NewBooking.STARTS_AT_EXPECTED, null)));
        }
        return bookings.reschedule(Caller.current(), id, request.startsAt(), request.version());
    }

    @Override
    public Booking cancel(String bookingId) {
        return bookings.cancel(Caller.current(), bookingId(bookingId));
    }

    private static UUID bookingId(String bookingId) {
        return UuidParameter.require("bookingId", bookingId, BOOKING_ID_EXAMPLE);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        RequestBodyFields fields = request.getRequestURI().endsWith("/reschedule") ? RESCHEDULE_BODY : BODY;
        return ApiProblemHandler.problem(fields.unreadable(ex));
    }
}
