package dev.pitwall.prediction.cmapss;

/** A problem with a file the user gave us; the message names the file, line and field and what was expected. */
public class CmapssInputException extends IllegalArgumentException {

    public CmapssInputException(String message) {
        super(message);
    }

    public CmapssInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
