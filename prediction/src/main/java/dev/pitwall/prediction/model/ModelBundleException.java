package dev.pitwall.prediction.model;

/** A model bundle that cannot be loaded: the message names the file and the problem. */
public class ModelBundleException extends IllegalArgumentException {

    public ModelBundleException(String message) {
        super(message);
    }

    public ModelBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
