package dev.pitwall.api.subscription;

import dev.pitwall.api.web.ConflictException;

/** A new subscriber whose id is taken by one with other values: a subscriber is never overwritten. */
class SubscriberConflictException extends ConflictException {

    SubscriberConflictException(Subscriber stored, String field, String storedValue, String requestedValue) {
        super("Conflicts with a stored subscriber", field, "Subscriber '" + stored.subscriberId()
                + "' is already registered with " + field + " '" + storedValue + "'; this request has '"
                + requestedValue + "'. A subscriber is never overwritten: repeat the stored values, or register "
                + "another subscriberId.");
    }
}
