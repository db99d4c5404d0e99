package dev.pitwall.api.workorder;

import static dev.pitwall.api.workorder.Sql.instant;
import static dev.pitwall.api.workorder.Sql.integer;

import dev.pitwall.engagement.booking.BookingStatus;
import dev.pitwall.engagement.workorder.SurveyRules.Survey;
import dev.pitwall.engagement.workorder.Transition;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A work order's state (V13's {@code booking.status}), its history and its survey (V18). Every change of state is a
 * conditional UPDATE on the status and version read, so of two concurrent steps exactly one applies; its row lock
 * also serialises what the step writes next (quotes, events).
 */
@Repository
class WorkOrderRepository {

    private final JdbcClient jdbc;

    WorkOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the step if the booking still has {@code version} and the step's from-status; empty when it has not. */
    Optional<Integer> advance(UUID bookingId, Transition step, int version) {
        return jdbc.sql("""
                        UPDATE booking SET status = :to, version = version + 1, updated_at = now()
                        WHERE booking_id = :id AND status = :from AND version = :version
                        RETURNING version""")
                .param("to", step.to().name())
                .param("from", step.from().name())
                .param("id", bookingId)
                .param("version", version)
                .query(Integer.class)
                .optional();
    }

    /**
     * The booking's status, locked against steps (FOR SHARE) until the transaction ends, for writes allowed only in
     * some statuses (the checklist, photos); empty for no booking.
     */
    Optional<BookingStatus> lockStatus(UUID bookingId) {
        return jdbc.sql("SELECT status FROM booking WHERE booking_id = :id FOR SHARE")
                .param("id", bookingId)
                .query((rs, n) -> BookingStatus.valueOf(rs.getString(1)))
                .optional();
    }

    void recordEvent(UUID bookingId, Transition step, String actor, Integer quoteVersion, String detail) {
        jdbc.sql("""
                        INSERT INTO work_order_event (booking_id, action, from_status, to_status, actor, quote_version,
                            detail)
                        VALUES (:id, :action, :from, :to, :actor, :quoteVersion, :detail)""")
                .param("id", bookingId)
                .param("action", step.action().name())
                .param("from", step.from().name())
                .param("to", step.to().name())
                .param("actor", actor)
                .param("quoteVersion", quoteVersion, Types.INTEGER)
                .param("detail", detail, Types.VARCHAR)
                .update();
    }

    List<WorkOrder.Event> history(UUID bookingId) {
        return jdbc.sql("""
                        SELECT action, from_status, to_status, actor, quote_version, detail, occurred_at
                        FROM work_order_event WHERE booking_id = :id ORDER BY event_id""")
                .param("id", bookingId)
                .query((rs, n) -> new WorkOrder.Event(rs.getString("action"), rs.getString("from_status"),
                        rs.getString("to_status"), rs.getString("actor"), integer(rs, "quote_version"),
                        rs.getString("detail"), instant(rs, "occurred_at")))
                .list();
    }

    /**
     * Stores the survey if the visit is COLLECTED and has none yet (both checked in the statement, the second by
     * the primary key); false when either fails.
     */
    boolean insertSurvey(UUID bookingId, Survey survey, String by) {
        return jdbc.sql("""
                        INSERT INTO work_order_survey (booking_id, rating, recommend, comment, submitted_by)
                        SELECT booking_id, :rating, :recommend, :comment, :by FROM booking
                        WHERE booking_id = :id AND status = 'COLLECTED'
                        ON CONFLICT (booking_id) DO NOTHING""")
                .param("id", bookingId)
                .param("rating", survey.rating())
                .param("recommend", survey.recommend(), Types.INTEGER)
                .param("comment", survey.comment(), Types.VARCHAR)
                .param("by", by)
                .update() == 1;
    }

    Optional<WorkOrder.SurveyView> survey(UUID bookingId) {
        return jdbc.sql("""
                        SELECT rating, recommend, comment, submitted_by, submitted_at FROM work_order_survey
                        WHERE booking_id = :id""")
                .param("id", bookingId)
                .query((rs, n) -> new WorkOrder.SurveyView(rs.getInt("rating"), integer(rs, "recommend"),
                        rs.getString("comment"), rs.getString("submitted_by"), instant(rs, "submitted_at")))
                .optional();
    }
}
