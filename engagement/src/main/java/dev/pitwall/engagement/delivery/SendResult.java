package dev.pitwall.engagement.delivery;

/** What one attempt to send a message on its channel came to. */
public sealed interface SendResult {

    /** The channel took the message: an SMTP server accepted it, a webhook answered 2xx. */
    record Delivered() implements SendResult {
    }

    /** It may go through later: a timeout, a refused connection, a 5xx, 408 or 429. */
    record TransientFailure(String error) implements SendResult {
    }

    /** Repeating will not help: a 4xx other than 408 and 429, a rejected address. */
    record PermanentFailure(String error) implements SendResult {
    }

    static SendResult delivered() {
        return new Delivered();
    }

    /**
     * A webhook's answer: 2xx delivered; 408 (timeout), 429 (too many requests) and 5xx retried; anything else (other
     * 4xx, and 3xx, since redirects are not followed: register the final URL) is permanent.
     */
    static SendResult ofHttpStatus(int status) {
        if (status >= 200 && status < 300) {
            return delivered();
        }
        String error = "HTTP " + status;
        if (status == 408 || status == 429 || status >= 500) {
            return new TransientFailure(error);
        }
        return new PermanentFailure(status >= 300 && status < 400 ? error + " (redirects are not followed)" : error);
    }
}
