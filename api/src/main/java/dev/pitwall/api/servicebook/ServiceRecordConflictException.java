package dev.pitwall.api.servicebook;

/**
 * A service request that repeats the key of a stored record ({@code vin}, item, {@code performedAt}) with other
 * values: neither a retry (that would be identical) nor something Pitwall may silently overwrite.
 */
class ServiceRecordConflictException extends RuntimeException {

    private final String field;

    ServiceRecordConflictException(ServiceHistoryEntry stored, String field, Object storedValue, Object requested) {
        super("The " + stored.item() + " service performed at " + stored.performedAt() + " is already recorded (id "
                + stored.id() + ") with " + field + " " + describe(storedValue) + "; this request has "
                + describe(requested) + ". A record is never overwritten: repeat the request with the stored values, "
                + "or record a service at another performedAt.");
        this.field = field;
    }

    String field() {
        return field;
    }

    private static String describe(Object value) {
        return value == null ? "none" : value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
