package dev.pitwall.api.web;

import java.util.Map;

/**
 * A request that contradicts stored data, answered as a 409 {@link ProblemTypes#CONFLICT} problem: each feature's
 * conflict says what it is about (the title), which request field causes it, and any facts a client can act on.
 */
public abstract class ConflictException extends RuntimeException {

    private final String title;
    private final String parameter;

    protected ConflictException(String title, String parameter, String message) {
        super(message);
        this.title = title;
        this.parameter = parameter;
    }

    /** The problem's title: the same for every conflict of one kind. */
    public String title() {
        return title;
    }

    /** The request field the conflict is about. */
    public String parameter() {
        return parameter;
    }

    /** Further problem properties, in the order they are answered; none unless a feature has some. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
