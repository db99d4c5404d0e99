package dev.pitwall.api.booking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reminds subscribers of their booked visits ahead of time ({@code pitwall.booking.reminders.lead}, 24 h), to cut
 * no-shows: every {@code check-interval} it finds the BOOKED visits starting within the lead and sends each a
 * {@code visit-reminder} once per booking version, so a visit moved after its reminder is reminded again, and one
 * moved out of the window is reminded when it comes back into it. A visit booked inside the window gets its reminder
 * at the next round. Several API instances may run it at once: the message's cause turns a second reminder of the
 * same version into a no-op. Counts {@code pitwall.bookings.reminders}.
 */
public class VisitReminders {

    private static final Logger LOG = LoggerFactory.getLogger(VisitReminders.class);

    private final BookingRepository repository;
    private final VisitMessages messages;
    private final TransactionOperations transactions;
    private final VisitReminderProperties properties;
    private final Clock clock;
    private final Counter reminded;

    VisitReminders(BookingRepository repository, VisitMessages messages, TransactionOperations transactions,
            VisitReminderProperties properties, Clock clock, MeterRegistry meters) {
        this.repository = repository;
        this.messages = messages;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.reminded = meters.counter("pitwall.bookings.reminders");
    }

    /** Reminds every BOOKED visit starting within the lead from now that has no reminder yet; returns how many. */
    public int remindDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Booking visit : repository.bookedStartingWithin(now, now.plus(properties.lead()))) {
            // one transaction per visit: a subscriber without an address or a bad row does not hold up the rest
            if (Boolean.TRUE.equals(transactions.execute(tx -> messages.send(visit, VisitMessages.Event.REMINDER,
                    visit.version(), Map.of())))) {
                sent++;
            }
        }
        reminded.increment(sent);
        return sent;
    }

    @Scheduled(initialDelayString = "${pitwall.booking.reminders.check-interval}",
            fixedDelayString = "${pitwall.booking.reminders.check-interval}")
    void remindOnSchedule() {
        if (!properties.enabled()) {
            return;
        }
        try {
            int sent = remindDue();
            if (sent > 0) {
                LOG.info("reminded {} booked visits starting within {}", sent, properties.lead());
            }
        } catch (RuntimeException e) {
            // the next round tries again; each visit is its own transaction and its reminder is sent at most once
            LOG.warn("visit reminders failed, retrying next round: {}", e.toString());
        }
    }
}
