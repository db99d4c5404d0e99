package dev.pitwall.prediction.training;

/** A simulation history that cannot be read: names the file (and line) and what was expected there. */
public class HistoryInputException extends IllegalArgumentException {

    public HistoryInputException(String message) {
        super(message);
    }

    public HistoryInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
