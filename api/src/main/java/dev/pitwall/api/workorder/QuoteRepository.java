package dev.pitwall.api.workorder;

import static dev.pitwall.api.workorder.Sql.instant;

import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.engagement.workorder.Quote;
import dev.pitwall.engagement.workorder.QuoteLine;
import dev.pitwall.engagement.workorder.QuoteStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * V18's quotes and their lines. Writes run after the step that allows them took the booking's row lock, so the
 * next version number is computed without a race; the primary key and the one-pending index would refuse one anyway.
 */
@Repository
class QuoteRepository {

    private final JdbcClient jdbc;

    QuoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored version: the content, where it stands, who sent and decided it. */
    record StoredQuote(int version, QuoteStatus status, Quote quote, Map<Integer, Boolean> approved,
            WorkOrder.QuoteView view) {
    }

    /** Supersedes the pending version, if any, and stores {@code quote} as the next one; answers its number. */
    int insert(UUID bookingId, Quote quote, String by) {
        jdbc.sql("UPDATE work_order_quote SET status = 'SUPERSEDED' WHERE booking_id = :id AND status = 'PENDING'")
                .param("id", bookingId).update();
        int version = jdbc.sql("SELECT coalesce(max(quote_version), 0) + 1 FROM work_order_quote "
                        + "WHERE booking_id = :id")
                .param("id", bookingId).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO work_order_quote (booking_id, quote_version, currency, note, status, sent_by)
                        VALUES (:id, :version, :currency, :note, 'PENDING', :by)""")
                .param("id", bookingId).param("version", version)
                .param("currency", quote.currency().getCurrencyCode())
                .param("note", quote.note(), Types.VARCHAR).param("by", by).update();
        for (QuoteLine line : quote.lines()) {
            jdbc.sql("""
                            INSERT INTO work_order_quote_line (booking_id, quote_version, line_no, description,
                                service_type, part_number, labour, parts, mandatory)
                            VALUES (:id, :version, :line, :description, :serviceType, :part, :labour, :parts,
                                :mandatory)""")
                    .param("id", bookingId).param("version", version).param("line", line.number())
                    .param("description", line.description())
                    .param("serviceType", line.serviceType() == null ? null : line.serviceType().name(),
                            Types.VARCHAR)
                    .param("part", line.partNumber(), Types.VARCHAR)
                    .param("labour", line.labour()).param("parts", line.parts())
                    .param("mandatory", line.mandatory()).update();
        }
        return version;
    }

    /** Decides the pending {@code version}; {@code approvedLines} marks its lines (none for a decline). */
    boolean decide(UUID bookingId, int version, QuoteStatus decision, Set<Integer> approvedLines, String by,
            String comment) {
        int updated = jdbc.sql("""
                        UPDATE work_order_quote SET status = :status, decided_by = :by, decided_at = now(),
                            decision_comment = :comment
                        WHERE booking_id = :id AND quote_version = :version AND status = 'PENDING'""")
                .param("status", decision.name()).param("by", by).param("comment", comment, Types.VARCHAR)
                .param("id", bookingId).param("version", version).update();
        jdbc.sql("""
                        UPDATE work_order_quote_line SET approved = (line_no = ANY (:approved))
                        WHERE booking_id = :id AND quote_version = :version""")
                .param("approved", approvedLines.toArray(Integer[]::new))
                .param("id", bookingId).param("version", version).update();
        return updated == 1;
    }

    /** Every version, newest first. */
    List<StoredQuote> all(UUID bookingId) {
        Map<Integer, List<LineRow>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT quote_version, line_no, description, service_type, part_number, labour, parts,
                            mandatory, approved
                        FROM work_order_quote_line WHERE booking_id = :id ORDER BY quote_version, line_no""")
                .param("id", bookingId)
                .query(rs -> {
                    lines.computeIfAbsent(rs.getInt("quote_version"), v -> new ArrayList<>()).add(lineRow(rs));
                });
        return jdbc.sql("""
                        SELECT quote_version, currency, note, status, sent_by, sent_at, decided_by, decided_at,
                            decision_comment
                        FROM work_order_quote WHERE booking_id = :id ORDER BY quote_version DESC""")
                .param("id", bookingId)
                .query((rs, n) -> stored(rs, lines.getOrDefault(rs.getInt("quote_version"), List.of())))
                .list();
    }

    Optional<StoredQuote> latest(UUID bookingId) {
        return all(bookingId).stream().findFirst();
    }

    private record LineRow(QuoteLine line, Boolean approved) {
    }

    private static LineRow lineRow(ResultSet rs) throws SQLException {
        String serviceType = rs.getString("service_type");
        Boolean approved = rs.getObject("approved", Boolean.class);
        return new LineRow(new QuoteLine(rs.getInt("line_no"), rs.getString("description"),
                serviceType == null ? null : ServiceItem.valueOf(serviceType), rs.getString("part_number"),
                rs.getBigDecimal("labour"), rs.getBigDecimal("parts"), rs.getBoolean("mandatory")), approved);
    }

    private static StoredQuote stored(ResultSet rs, List<LineRow> rows) throws SQLException {
        int version = rs.getInt("quote_version");
        QuoteStatus status = QuoteStatus.valueOf(rs.getString("status"));
        Quote quote = new Quote(Currency.getInstance(rs.getString("currency").strip()),
                rows.stream().map(LineRow::line).toList(), rs.getString("note"));
        Map<Integer, Boolean> approved = new LinkedHashMap<>();
        rows.stream().filter(r -> r.approved() != null).forEach(r -> approved.put(r.line().number(), r.approved()));
        var totals = quote.totals();
        WorkOrder.QuoteView view = new WorkOrder.QuoteView(version, status.name(), quote.currency().getCurrencyCode(),
                quote.note(), rows.stream().map(r -> new WorkOrder.Line(r.line().number(), r.line().description(),
                        r.line().serviceType() == null ? null : r.line().serviceType().name(), r.line().partNumber(),
                        r.line().labour(), r.line().parts(), r.line().total(), r.line().mandatory(), r.approved()))
                        .toList(),
                new WorkOrder.Totals(totals.mandatory(), totals.optional(), totals.total()),
                status == QuoteStatus.APPROVED ? quote.totalOf(approvedNumbers(approved)) : null,
                rs.getString("sent_by"), instant(rs, "sent_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("decision_comment"));
        return new StoredQuote(version, status, quote, approved, view);
    }

    private static Set<Integer> approvedNumbers(Map<Integer, Boolean> approved) {
        return Set.copyOf(approved.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
    }
}
