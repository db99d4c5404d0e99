package dev.pitwall.api.security;

/** Start-up failure: the API does not know how to verify bearer tokens (no mode, both modes, weak secret). */
public class TokenVerificationException extends IllegalStateException {

    public TokenVerificationException(String message) {
        super(message);
    }
}
