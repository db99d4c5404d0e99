package dev.pitwall.api.web;

/** A client used up its requests ({@link RateLimiter}): answered with 429 and {@code Retry-After}. */
public class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitExceededException(RateLimitProperties limits, long retryAfterSeconds) {
        super("This client made more requests than its limit of " + limits.capacity() + " at once and "
                + limits.refillTokens() + " per " + limits.refillPeriod() + " allow; retry after "
                + retryAfterSeconds + " s (Retry-After).");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
