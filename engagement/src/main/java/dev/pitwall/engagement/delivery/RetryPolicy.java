package dev.pitwall.engagement.delivery;

import java.time.Duration;

/**
 * What becomes of a message after an attempt: sent, retried after a {@link Backoff}, or given up (FAILED) after
 * {@code maxAttempts} attempts or a permanent failure.
 */
public record RetryPolicy(Backoff backoff, int maxAttempts) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: expected at least 1, got " + maxAttempts);
        }
    }

    /**
     * The next step for a message after its {@code attempt}-th attempt (1 for the first) ended in {@code result}.
     */
    public Next next(int attempt, SendResult result) {
        if (result instanceof SendResult.Delivered) {
            return new Next.Sent();
        }
        if (result instanceof SendResult.PermanentFailure permanent) {
            return new Next.GiveUp(permanent.error());
        }
        String error = ((SendResult.TransientFailure) result).error();
        return attempt >= maxAttempts
                ? new Next.GiveUp(error + " (attempt " + attempt + " of " + maxAttempts + ")")
                : new Next.Retry(error, backoff.after(attempt));
    }

    /** The outcome to store. */
    public sealed interface Next {

        record Sent() implements Next {
        }

        record Retry(String error, Duration after) implements Next {
        }

        record GiveUp(String error) implements Next {
        }
    }
}
