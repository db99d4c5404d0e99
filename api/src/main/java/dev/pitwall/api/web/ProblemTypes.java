package dev.pitwall.api.web;

import java.net.URI;

/** The {@code type} URIs of Pitwall's RFC 9457 problems; one per kind of error a client can react to. */
public final class ProblemTypes {

    private static final String BASE = "https://pitwall.dev/problems/";

    public static final URI INVALID_PARAMETER = URI.create(BASE + "invalid-parameter");
    /** A request that contradicts stored data: a client should re-read before it repeats the request. */
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    /** An Idempotency-Key sent again with another request: a client must use a new key for a new request. */
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    /** The caller used up its requests for now: wait {@code Retry-After} seconds. */
    public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");
    public static final URI INTERNAL_ERROR = URI.create(BASE + "internal-error");

    private ProblemTypes() {
    }
}
