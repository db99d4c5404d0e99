package dev.pitwall.api.booking;

import dev.pitwall.engagement.booking.WorkshopCapacity;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The V13 table {@code workshop_capacity}: the workshops whose bays and courtesy cars an operator has set. */
@Repository
class CapacityRepository {

    private final JdbcClient jdbc;

    CapacityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredCapacity> find(String workshopId) {
        return jdbc.sql("SELECT bays, courtesy_cars, updated_at FROM workshop_capacity WHERE workshop_id = :id")
                .param("id", workshopId)
                .query((rs, n) -> new StoredCapacity(new WorkshopCapacity(rs.getInt("bays"),
                        rs.getInt("courtesy_cars")), rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The set capacities of these workshops; a workshop without a row is missing from the map. */
    Map<String, WorkshopCapacity> findAll(Collection<String> workshopIds) {
        Map<String, WorkshopCapacity> found = new HashMap<>();
        if (workshopIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT workshop_id, bays, courtesy_cars FROM workshop_capacity WHERE workshop_id IN (:ids)")
                .param("ids", workshopIds)
                .query(rs -> {
                    found.put(rs.getString("workshop_id"), new WorkshopCapacity(rs.getInt("bays"),
                            rs.getInt("courtesy_cars")));
                });
        return found;
    }

    StoredCapacity save(String workshopId, WorkshopCapacity capacity) {
        return jdbc.sql("""
                        INSERT INTO workshop_capacity (workshop_id, bays, courtesy_cars) VALUES (:id, :bays, :cars)
                        ON CONFLICT (workshop_id) DO UPDATE
                        SET bays = excluded.bays, courtesy_cars = excluded.courtesy_cars, updated_at = now()
                        RETURNING updated_at""")
                .param("id", workshopId)
                .param("bays", capacity.bays())
                .param("cars", capacity.courtesyCars())
                .query((rs, n) -> new StoredCapacity(capacity,
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .single();
    }

    /** A capacity an operator set, and when. */
    record StoredCapacity(WorkshopCapacity capacity, Instant updatedAt) {
    }
}
