package dev.pitwall.api.booking;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The booking meters:
 * <ul>
 *   <li>{@code pitwall.bookings.booked}, {@code .rescheduled}, {@code .cancelled}: changes that were committed
 *       (repeats that changed nothing are not counted);</li>
 *   <li>{@code pitwall.bookings.replayed}: repeated Idempotency-Keys answered with the first response;</li>
 *   <li>{@code pitwall.bookings.conflicts} {reason}: requests refused with 409, e.g. {@code slot_taken}.</li>
 * </ul>
 */
@Component
class BookingMetrics {

    static final String BOOKED = "pitwall.bookings.booked";
    static final String RESCHEDULED = "pitwall.bookings.rescheduled";
    static final String CANCELLED = "pitwall.bookings.cancelled";
    static final String REPLAYED = "pitwall.bookings.replayed";
    static final String CONFLICTS = "pitwall.bookings.conflicts";

    private final MeterRegistry registry;

    BookingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void booked() {
        registry.counter(BOOKED).increment();
    }

    void replayed() {
        registry.counter(REPLAYED).increment();
    }

    void rescheduled() {
        registry.counter(RESCHEDULED).increment();
    }

    void cancelled() {
        registry.counter(CANCELLED).increment();
    }

    void conflict(BookingConflictException conflict) {
        registry.counter(CONFLICTS, "reason", conflict.reason()).increment();
    }
}
