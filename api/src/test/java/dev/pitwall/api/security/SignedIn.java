package dev.pitwall.api.security;

import java.util.Arrays;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts a caller into this thread's security context as a verified token would, for tests that call services which
 * ask {@link Caller#current()} without going through HTTP.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String subject, Role... roles) {
        String[] authorities = Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(subject, null, authorities));
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
