package dev.pitwall.api.booking;

import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads which exclusion constraint refused a row (SQLSTATE 23P01), if that is what happened: those of
 * {@code booking} named here, and those of {@code test_drive}, which the test drives name themselves.
 */
public final class ExclusionViolation {

    static final String SQL_STATE = "23P01";
    /** A bay already holds a live booking at that time. */
    static final String BAY_TAKEN = "booking_bay_free";
    /** The vehicle already has a live booking at that time. */
    static final String VEHICLE_BUSY = "booking_vehicle_free";

    private ExclusionViolation() {
    }

    /** The constraint's name when {@code failure} is an exclusion violation; empty for any other failure. */
    public static Optional<String> constraintOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && SQL_STATE.equals(psql.getSQLState())) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return Optional.of(message == null || message.getConstraint() == null ? ""
                        : message.getConstraint());
            }
        }
        return Optional.empty();
    }
}
