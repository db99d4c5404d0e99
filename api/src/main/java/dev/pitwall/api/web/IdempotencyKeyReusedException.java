package dev.pitwall.api.web;

/**
 * An {@code Idempotency-Key} the caller already used for another request (another operation or another body),
 * answered as a 422 {@link ProblemTypes#IDEMPOTENCY_KEY_REUSED} problem naming the header.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKeyReusedException(String key, String operation, String firstOperation) {
        super("The " + HEADER + " '" + key + "' was already used for "
                + (operation.equals(firstOperation) ? "a " + operation + " request with another body"
                        : "a " + firstOperation + " request; this one is " + operation)
                + ". A repeated request must be identical to the first; send a new key for a new request.");
    }
}
