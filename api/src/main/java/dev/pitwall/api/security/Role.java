package dev.pitwall.api.security;

/** What a caller may be, as carried in the token's {@code roles} claim; Spring sees each as {@code ROLE_<name>}. */
public enum Role {
    SUBSCRIBER, SERVICE_ADVISOR, MARKETER, OPERATOR;

    /** The Spring Security authority this role maps to. */
    public String authority() {
        return JwtRoles.AUTHORITY_PREFIX + name();
    }
}
