package dev.pitwall.api.workorder;

import static dev.pitwall.api.workorder.Sql.instant;

import dev.pitwall.engagement.workorder.ChecklistItem;
import dev.pitwall.engagement.workorder.ChecklistRules.Entry;
import dev.pitwall.engagement.workorder.ImageType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * V18's inspection checklist and its photos. Writers first lock the booking's status (see
 * {@link WorkOrderRepository#lockStatus}); a photo upload also locks its checklist entry, so that two uploads
 * count each other and never exceed the per-item limit together.
 */
@Repository
class InspectionRepository {

    private static final String PHOTO_COLUMNS = "photo_id, booking_id, item, content_type, size_bytes, file_name, "
            + "uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the entry if it is new or, with {@code expectedVersion}, still has it; the stored version, or empty
     * when the entry has another version.
     */
    Optional<Integer> upsert(UUID bookingId, Entry entry, String by, Integer expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO work_order_checklist_item AS c (booking_id, item, result, note, updated_by)
                        VALUES (:id, :item, :result, :note, :by)
                        ON CONFLICT (booking_id, item) DO UPDATE SET result = excluded.result, note = excluded.note,
                            updated_by = excluded.updated_by, updated_at = now(), version = c.version + 1
                        WHERE CAST(:expected AS integer) IS NULL OR c.version = :expected
                        RETURNING version""")
                .param("id", bookingId).param("item", entry.item().name()).param("result", entry.result().name())
                .param("note", entry.note(), Types.VARCHAR).param("by", by)
                .param("expected", expectedVersion, Types.INTEGER)
                .query(Integer.class)
                .optional();
    }

    /** The entry's version. */
    Optional<Integer> version(UUID bookingId, ChecklistItem item) {
        return jdbc.sql("SELECT version FROM work_order_checklist_item WHERE booking_id = :id AND item = :item")
                .param("id", bookingId).param("item", item.name()).query(Integer.class).optional();
    }

    /** Locks the entry (FOR UPDATE) and answers how many photos it has; empty when there is no such entry. */
    Optional<Integer> lockForPhoto(UUID bookingId, ChecklistItem item) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM work_order_photo p WHERE p.booking_id = c.booking_id
                                AND p.item = c.item)::int
                        FROM work_order_checklist_item c WHERE c.booking_id = :id AND c.item = :item FOR UPDATE""")
                .param("id", bookingId).param("item", item.name()).query(Integer.class).optional();
    }

    WorkOrder.Photo insertPhoto(UUID bookingId, ChecklistItem item, ImageType type, byte[] content, String fileName,
            String by) {
        return jdbc.sql("INSERT INTO work_order_photo (photo_id, booking_id, item, content_type, size_bytes, sha256, "
                        + "content, file_name, uploaded_by) VALUES (:photo, :id, :item, :type, :size, :sha, "
                        + ":content, :fileName, :by) RETURNING " + PHOTO_COLUMNS)
                .param("photo", UUID.randomUUID()).param("id", bookingId).param("item", item.name())
                .param("type", type.mediaType()).param("size", content.length).param("sha", sha256(content))
                .param("content", content).param("fileName", fileName, Types.VARCHAR).param("by", by)
                .query((rs, n) -> photo(rs))
                .single();
    }

    /** A photo's content type and bytes. */
    record PhotoContent(String contentType, byte[] content) {
    }

    Optional<PhotoContent> photoContent(UUID bookingId, UUID photoId) {
        return jdbc.sql("SELECT content_type, content FROM work_order_photo WHERE booking_id = :id AND photo_id = :photo")
                .param("id", bookingId).param("photo", photoId)
                .query((rs, n) -> new PhotoContent(rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** The checklist with its photos' metadata, in the order of {@link ChecklistItem}. */
    List<WorkOrder.ChecklistEntry> checklist(UUID bookingId) {
        Map<String, List<WorkOrder.Photo>> photos = new LinkedHashMap<>();
        jdbc.sql("SELECT " + PHOTO_COLUMNS + " FROM work_order_photo WHERE booking_id = :id "
                        + "ORDER BY uploaded_at, photo_id")
                .param("id", bookingId)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getString("item"), k -> new ArrayList<>()).add(photo(rs));
                });
        List<WorkOrder.ChecklistEntry> entries = new ArrayList<>(jdbc.sql("""
                        SELECT item, result, note, version, updated_by, updated_at FROM work_order_checklist_item
                        WHERE booking_id = :id""")
                .param("id", bookingId)
                .query((rs, n) -> new WorkOrder.ChecklistEntry(rs.getString("item"), rs.getString("result"),
                        rs.getString("note"), rs.getInt("version"), rs.getString("updated_by"),
                        instant(rs, "updated_at"), photos.getOrDefault(rs.getString("item"), List.of())))
                .list());
        entries.sort((a, b) -> ChecklistItem.valueOf(a.item()).compareTo(ChecklistItem.valueOf(b.item())));
        return entries;
    }

    private static WorkOrder.Photo photo(ResultSet rs) throws SQLException {
        String photoId = rs.getObject("photo_id", UUID.class).toString();
        String bookingId = rs.getObject("booking_id", UUID.class).toString();
        return new WorkOrder.Photo(photoId, rs.getString("item"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("file_name"), rs.getString("uploaded_by"),
                instant(rs, "uploaded_at"), "/api/v1/bookings/" + bookingId + "/photos/" + photoId);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
