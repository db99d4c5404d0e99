package dev.pitwall.api.servicebook;

import dev.pitwall.api.web.ConflictException;

/**
 * A service request that repeats the key of a stored record ({@code vin}, item, {@code performedAt}) with other
 * values: neither a retry (that would be identical) nor something Pitwall may silently overwrite.
 */
class ServiceRecordConflictException extends ConflictException {

    ServiceRecordConflictException(ServiceHistoryEntry stored, String field, Object storedValue, Object requested) {
        super("Conflicts with a stored record", field, "The " + stored.item() + " service performed at "
                + stored.performedAt() + " is already recorded (id " + stored.id() + ") with " + field + " "
                + describe(storedValue) + "; this request has " + describe(requested) + ". A record is never "
                + "overwritten: repeat the request with the stored values, or record a service at another "
                + "performedAt.");
    }

    private static String describe(Object value) {
        return value == null ? "none" : value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
