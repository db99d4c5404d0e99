package dev.pitwall.core.servicebook;

/** A maintenance schedule file that cannot be used; the message names the file, the schedule and the item. */
public class InvalidScheduleException extends RuntimeException {

    public InvalidScheduleException(String message) {
        super(message);
    }

    public InvalidScheduleException(String message, Throwable cause) {
        super(message, cause);
    }
}
