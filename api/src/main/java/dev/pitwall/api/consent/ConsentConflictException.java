package dev.pitwall.api.consent;

/** A consent change that cannot follow the vehicle's current consent: it is older, or differs at the same instant. */
class ConsentConflictException extends RuntimeException {

    ConsentConflictException(String message) {
        super(message);
    }

    /** The request field the conflict is about. */
    String field() {
        return "changedAt";
    }
}
