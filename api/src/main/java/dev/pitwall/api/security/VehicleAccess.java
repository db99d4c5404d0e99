package dev.pitwall.api.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which vehicles a caller may act on. Fleet staff (operators, service advisors) act on
 * every vehicle; a subscriber only on the vehicles of their ACTIVE subscriptions. Anything else is answered as if
 * the vehicle did not exist (404), so that a subscriber cannot even learn which VINs others drive.
 *
 * <p>Single-vehicle reads call {@link #permits}; listing queries add {@link #restrict} to their WHERE clause, so
 * that the rule lives in SQL once, here, and not in every repository.
 *
 * <p>A vehicle changes hands between subscribers, so its history does too: a subscriber reads what the vehicle
 * recorded from the first day of their subscription on ({@link #historyStart}, {@link #restrictHistory}), and
 * never where the previous subscriber drove. Days start at 00:00 UTC.
 */
@Component
public class VehicleAccess {

    /** The named parameter {@link #restrict} binds; no caller's query may use it for anything else. */
    static final String SUBSCRIBER_PARAMETER = "accessSubscriberId";

    private final JdbcClient jdbc;

    /** Public for tests of the repositories that apply it; the application gets the bean. */
    public VehicleAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code caller} may act on the vehicle {@code vin} (which may or may not exist). */
    public boolean permits(Caller caller, String vin) {
        if (caller.isFleetStaff()) {
            return true;
        }
        if (!caller.has(Role.SUBSCRIBER)) {
            return false;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM subscription WHERE subscriber_id = :subscriber AND vin = :vin"
                        + " AND status = 'ACTIVE')")
                .param("subscriber", caller.subject())
                .param("vin", vin)
                .query(Boolean.class).single();
    }

    /**
     * Whether {@code caller} may read what marketing is built on for {@code vin} (its usage profile, its repurchase
     * recommendation): marketers every vehicle's, everyone else exactly what {@link #permits} allows.
     */
    public boolean permitsMarketingData(Caller caller, String vin) {
        return caller.has(Role.MARKETER) || permits(caller, vin);
    }

    /**
     * A condition limiting rows to the vehicles {@code caller} may act on, over the VIN column {@code vinColumn}
     * (e.g. {@code "b.vin"}), with the parameters to bind: {@code TRUE} for fleet staff, {@code FALSE} for a caller
     * with neither role.
     */
    public Restriction restrict(Caller caller, String vinColumn) {
        if (caller.isFleetStaff()) {
            return new Restriction("TRUE", Map.of());
        }
        if (!caller.has(Role.SUBSCRIBER)) {
            return new Restriction("FALSE", Map.of());
        }
        return new Restriction(vinColumn + " IN (SELECT s.vin FROM subscription s WHERE s.subscriber_id = :"
                + SUBSCRIBER_PARAMETER + " AND s.status = 'ACTIVE')", Map.of(SUBSCRIBER_PARAMETER, caller.subject()));
    }

    /**
     * The earliest event time of {@code vin}'s history that {@code caller} may read: empty for fleet staff (all of
     * it) and for a caller with no access at all (whom {@link #permits} turns away first); for a subscriber the start
     * of the first day of their active subscription of the vehicle.
     */
    public Optional<Instant> historyStart(Caller caller, String vin) {
        if (caller.isFleetStaff() || !caller.has(Role.SUBSCRIBER)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT starts_on FROM subscription WHERE subscriber_id = :subscriber AND vin = :vin"
                        + " AND status = 'ACTIVE'")
                .param("subscriber", caller.subject())
                .param("vin", vin)
                .query(LocalDate.class).optional()
                .map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * As {@link #restrict}, and for a subscriber also only the rows of their own time with the vehicle: those whose
     * {@code timeExpression} (e.g. {@code "raised_at"}, or {@code "COALESCE(l.closed_at, 'infinity')"} for a
     * record that matters until it closes) is at or after the first day of their subscription. Qualify both with
     * the table or its alias: the condition is a subquery over {@code subscription s}, whose own {@code vin} and
     * {@code status} an unqualified name would mean.
     */
    public Restriction restrictHistory(Caller caller, String vinColumn, String timeExpression) {
        if (caller.isFleetStaff() || !caller.has(Role.SUBSCRIBER)) {
            return restrict(caller, vinColumn);
        }
        return new Restriction("EXISTS (SELECT 1 FROM subscription s WHERE s.subscriber_id = :" + SUBSCRIBER_PARAMETER
                + " AND s.status = 'ACTIVE' AND s.vin = " + vinColumn + " AND " + timeExpression
                + " >= (s.starts_on::timestamp AT TIME ZONE 'UTC'))", Map.of(SUBSCRIBER_PARAMETER, caller.subject()));
    }

    /**
     * A condition limiting a subscriber to their own rows, over the column holding the subscriber id (e.g.
     * {@code "r.subscriber_id"}), for records a subscriber owns directly (offers, bookings) rather than through a
     * vehicle: {@code TRUE} for every staff role, whose access the route's role rule already decided.
     */
    public Restriction restrictToSubscriber(Caller caller, String subscriberColumn) {
        if (caller.isFleetStaff() || caller.has(Role.MARKETER)) {
            return new Restriction("TRUE", Map.of());
        }
        if (!caller.has(Role.SUBSCRIBER)) {
            return new Restriction("FALSE", Map.of());
        }
        return new Restriction(subscriberColumn + " = :" + SUBSCRIBER_PARAMETER,
                Map.of(SUBSCRIBER_PARAMETER, caller.subject()));
    }

    /** A SQL boolean expression and the named parameters it needs. */
    public record Restriction(String sql, Map<String, Object> parameters) {

        /** Binds the parameters to {@code statement}. */
        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(parameters);
        }
    }
}
