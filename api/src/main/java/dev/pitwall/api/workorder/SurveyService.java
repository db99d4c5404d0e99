package dev.pitwall.api.workorder;

import dev.pitwall.api.booking.Booking;
import dev.pitwall.api.booking.VisibleBookings;
import dev.pitwall.api.security.Caller;
import dev.pitwall.engagement.workorder.SurveyRules;
import dev.pitwall.engagement.workorder.SurveyRules.Survey;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The satisfaction survey of a visit: answered once, by the customer, after the vehicle was collected. The
 * insert itself checks both (the status in its WHERE clause, "once" by the primary key), so two concurrent answers
 * store one.
 */
@Service
class SurveyService {

    private final VisibleBookings bookings;
    private final WorkOrderRepository orders;
    private final TransactionOperations transactions;
    private final WorkOrderMetrics metrics;

    SurveyService(VisibleBookings bookings, WorkOrderRepository orders, TransactionOperations transactions,
            WorkOrderMetrics metrics) {
        this.bookings = bookings;
        this.orders = orders;
        this.transactions = transactions;
        this.metrics = metrics;
    }

    WorkOrder.SurveyView answer(Caller caller, UUID bookingId, SurveyRequest request) {
        Booking booking = bookings.require(caller, bookingId);
        Survey survey = SurveyRules.survey(request.rating(), request.recommend(), request.comment());
        WorkOrder.SurveyView stored = transactions.execute(tx -> {
            if (!orders.insertSurvey(bookingId, survey, caller.subject())) {
                Booking now = bookings.require(caller, bookingId);
                if (!SurveyRules.isOpenIn(now.status())) {
                    throw WorkOrderConflictException.notEditable(booking.bookingId(), now.status(), "survey",
                            "COLLECTED");
                }
                throw WorkOrderConflictException.surveyAnswered(booking.bookingId());
            }
            return orders.survey(bookingId).orElseThrow();
        });
        metrics.surveyed(survey.rating());
        return stored;
    }
}
