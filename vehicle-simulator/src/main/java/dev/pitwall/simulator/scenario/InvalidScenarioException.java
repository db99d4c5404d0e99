package dev.pitwall.simulator.scenario;

/**
 * A scenario file that cannot be used: the message names the file, the JSON pointer of the offending field and what
 * was expected there. An {@link IllegalArgumentException}, so the command line exits with 2 (invalid input).
 */
public final class InvalidScenarioException extends IllegalArgumentException {

    public InvalidScenarioException(String message) {
        super(message);
    }

    public InvalidScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
