package dev.pitwall.engagement.repurchase;

/** A model catalog that cannot be used; the message names the file, the entry and the field. */
public class InvalidModelCatalogException extends RuntimeException {

    public InvalidModelCatalogException(String message) {
        super(message);
    }

    public InvalidModelCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
