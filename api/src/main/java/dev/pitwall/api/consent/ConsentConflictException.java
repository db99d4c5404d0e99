package dev.pitwall.api.consent;

import dev.pitwall.api.web.ConflictException;

/** A consent change that cannot follow the vehicle's current consent: it is older, or differs at the same instant. */
class ConsentConflictException extends ConflictException {

    ConsentConflictException(String message) {
        super("Conflicts with the current consent", "changedAt", message);
    }
}
