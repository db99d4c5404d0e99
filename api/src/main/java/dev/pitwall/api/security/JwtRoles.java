package dev.pitwall.api.security;

import java.util.Collection;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** How a token's {@code roles} claim (an array such as {@code ["OPERATOR"]}) becomes Spring authorities. */
public final class JwtRoles {

    public static final String CLAIM = "roles";
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private JwtRoles() {
    }

    /** {@code roles: ["OPERATOR", "MARKETER"]} becomes {@code ROLE_OPERATOR, ROLE_MARKETER}; scopes are ignored. */
    public static Converter<Jwt, Collection<GrantedAuthority>> authoritiesConverter() {
        JwtGrantedAuthoritiesConverter converter = new JwtGrantedAuthoritiesConverter();
        converter.setAuthoritiesClaimName(CLAIM);
        converter.setAuthorityPrefix(AUTHORITY_PREFIX);
        return converter;
    }

    static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authoritiesConverter());
        return converter;
    }
}
