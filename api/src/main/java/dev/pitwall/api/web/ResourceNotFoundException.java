package dev.pitwall.api.web;

/** A request named something that does not exist: what kind of thing, and by which identifier. */
public class ResourceNotFoundException extends RuntimeException {

    private final String identifier;

    public ResourceNotFoundException(String kind, String identifier, String value) {
        super("No " + kind + " with " + identifier + " '" + value + "' is known.");
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }
}
