package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.T0;
import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.core.lead.LeadEvent;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.lead.NearbyWorkshop;
import dev.pitwall.core.lead.ServiceLead;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service_lead sink's statement against PostgreSQL migrated by storage, in batches as the JDBC sink sends it. */
class ServiceLeadSqlIT {

    static final String ID = UUID.nameUUIDFromBytes("lead-1".getBytes()).toString();
    static final List<NearbyWorkshop> WORKSHOPS = List.of(new NearbyWorkshop("ws-001", "Werkstatt Mitte", "Bosch", 1.2));

    PipelineTables db;

    @BeforeEach
    void freshDatabase() {
        db = PipelineTables.createMigrated();
    }

    static ServiceLead event(LeadEvent event, LeadPriority priority, Duration after, String evidence) {
        return new ServiceLead(ID, vin(1), LeadReason.SERVICE_DUE, "OIL_SERVICE", event, priority, T0,
                T0.plus(after), "OIL_SERVICE", evidence, 48.1, 11.5,
                event == LeadEvent.OPENED || event == LeadEvent.ESCALATED ? WORKSHOPS : List.of());
    }

    static final ServiceLead OPENED = event(LeadEvent.OPENED, LeadPriority.MEDIUM, Duration.ZERO, "due soon");
    static final ServiceLead ESCALATED = event(LeadEvent.ESCALATED, LeadPriority.HIGH, Duration.ofDays(3), "overdue");
    static final ServiceLead RESOLVED = event(LeadEvent.RESOLVED, LeadPriority.HIGH, Duration.ofDays(5), "ended");
    static final ServiceLead EXPIRED = event(LeadEvent.EXPIRED, LeadPriority.HIGH, Duration.ofDays(30), "expired");

    @Test
    void aLeadsLifeInOneBatchIsOneRowWithItsEventsAndItsReplayChangesNothing() throws SQLException {
        write(OPENED, ESCALATED, RESOLVED);
        List<JsonNode> leads = db.serviceLeads();
        List<JsonNode> events = db.serviceLeadEvents();
        write(OPENED, ESCALATED, RESOLVED);
        write(ESCALATED);

        assertThat(db.serviceLeads()).isEqualTo(leads).singleElement().satisfies(row -> {
            assertThat(row.get("status").asText()).isEqualTo("CLOSED");
            assertThat(row.get("priority").asText()).isEqualTo("HIGH");
            assertThat(row.get("evidence").asText()).isEqualTo("overdue");
            assertThat(row.get("close_reason").asText()).isEqualTo("RESOLVED");
            assertThat(instant(row, "resolved_at")).isEqualTo(RESOLVED.at());
            assertThat(instant(row, "closed_at")).isEqualTo(RESOLVED.at());
            assertThat(instant(row, "updated_at")).isEqualTo(ESCALATED.at());
            assertThat(row.get("workshops").get(0).get("poiId").asText()).isEqualTo("ws-001");
        });
        assertThat(db.serviceLeadEvents()).isEqualTo(events).extracting(e -> e.get("event").asText())
                .containsExactly("OPENED", "ESCALATED", "RESOLVED");
    }

    @Test
    void anOlderEscalationDoesNotOverwriteANewerOne() throws SQLException {
        ServiceLead later = event(LeadEvent.ESCALATED, LeadPriority.URGENT, Duration.ofDays(4), "later");
        write(OPENED, later, ESCALATED);
        assertThat(db.serviceLeads()).singleElement()
                .satisfies(row -> assertThat(row.get("evidence").asText()).isEqualTo("later"));
    }

    @Test
    void expiryClosesAnOpenLeadButNotABookedOne() throws SQLException {
        write(OPENED, EXPIRED);
        assertThat(db.serviceLeads()).singleElement().satisfies(row -> {
            assertThat(row.get("status").asText()).isEqualTo("EXPIRED");
            assertThat(row.get("close_reason").asText()).isEqualTo("EXPIRED");
        });

        db = PipelineTables.createMigrated();
        write(OPENED);
        execute("UPDATE service_lead SET status = 'BOOKED'");
        write(EXPIRED);
        assertThat(db.serviceLeads()).singleElement().satisfies(row -> {
            assertThat(row.get("status").asText()).isEqualTo("BOOKED");
            assertThat(row.get("closed_at").isNull()).isTrue();
        });
        write(RESOLVED);
        assertThat(db.serviceLeads()).singleElement().satisfies(row -> {
            assertThat(row.get("status").asText()).as("the booked service was done").isEqualTo("CLOSED");
            assertThat(row.get("close_reason").asText()).isEqualTo("RESOLVED");
        });
    }

    @Test
    void aLeadTheAdvisorClosedKeepsTheAdvisorsReason() throws SQLException {
        write(OPENED);
        execute("UPDATE service_lead SET status = 'CLOSED', closed_at = now(), close_reason = 'customer sold the car'");
        write(RESOLVED);
        assertThat(db.serviceLeads()).singleElement().satisfies(row -> {
            assertThat(row.get("status").asText()).isEqualTo("CLOSED");
            assertThat(row.get("close_reason").asText()).isEqualTo("customer sold the car");
            assertThat(instant(row, "resolved_at")).isEqualTo(RESOLVED.at());
        });
    }

    private static Instant instant(JsonNode row, String column) {
        return java.time.OffsetDateTime.parse(row.get(column).asText()).toInstant();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void write(ServiceLead... leads) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url);
                PreparedStatement ps = c.prepareStatement(PostgresSinks.WRITE_SERVICE_LEAD)) {
            for (ServiceLead lead : leads) {
                PostgresSinks.bindServiceLead(ps, lead);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
