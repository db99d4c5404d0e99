package dev.pitwall.api.web;

/** A request parameter a caller got wrong: which one, what was expected, and what came instead. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String expected;
    private final String actual;

    public InvalidParameterException(String parameter, String expected, Object actual) {
        super("Invalid '" + parameter + "': expected " + expected + ", got '" + actual + "'.");
        this.parameter = parameter;
        this.expected = expected;
        this.actual = String.valueOf(actual);
    }

    public String parameter() {
        return parameter;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
