package dev.pitwall.core.poi;

/** A point of interest or POI file that cannot be used; the message names the POI, the field and what was expected. */
public class InvalidPoiException extends IllegalArgumentException {

    public InvalidPoiException(String message) {
        super(message);
    }

    public InvalidPoiException(String message, Throwable cause) {
        super(message, cause);
    }
}
