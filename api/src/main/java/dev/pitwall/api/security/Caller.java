package dev.pitwall.api.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the token's subject and the Pitwall roles it carries. A subscriber's subject is their
 * {@code subscriber_id}.
 */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject: expected a non-blank token subject");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(String subject, Role... roles) {
        return new Caller(subject, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    /** The caller of the request this thread serves; throws when nobody is authenticated (a route left open). */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            throw new IllegalStateException("no authenticated caller: the route must require a token");
        }
        return new Caller(authentication.getName(), rolesOf(authentication.getAuthorities()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the caller works for the fleet (operator or service advisor) and so acts on any vehicle; everyone
     * else acts only on what they own.
     */
    public boolean isFleetStaff() {
        return has(Role.OPERATOR) || has(Role.SERVICE_ADVISOR);
    }

    private static Set<Role> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
