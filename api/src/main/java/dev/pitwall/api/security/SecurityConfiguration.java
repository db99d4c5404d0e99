package dev.pitwall.api.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what. Everything needs a bearer token except what probes, scrapers and API readers must reach
 * without one; the fleet endpoints are for operators and service advisors.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Roles that may read the whole fleet; subscribers get their own, owner-scoped endpoints later. */
    static final String[] FLEET_ROLES = {Role.OPERATOR.name(), Role.SERVICE_ADVISOR.name()};
    /** Who may read what marketing is built on: usage profiles and the offers sent. */
    static final String[] MARKETING_ROLES = {Role.OPERATOR.name(), Role.SERVICE_ADVISOR.name(), Role.MARKETER.name()};
    /** Who may search slots and book: subscribers for themselves, the fleet roles on a subscriber's behalf. */
    static final String[] BOOKING_ROLES = {Role.SUBSCRIBER.name(), Role.SERVICE_ADVISOR.name(), Role.OPERATOR.name()};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(resolver);
        var accessDenied = new ProblemAccessDeniedHandler(resolver);
        http
                .authorizeHttpRequests(auth -> auth
                        // an error forwarded to /error keeps the status of the original request
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // liveness/readiness probes and Prometheus scrapers carry no tokens; in production put
                        // them on a separate, internal port with management.server.port
                        .requestMatchers(EndpointRequest.to("health", "prometheus")).permitAll()
                        // the API description is public so that clients can learn how to obtain access
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        // usage and driving profiles are what marketers build segments from
                        .requestMatchers(HttpMethod.GET, "/api/v1/vehicles/*/profile")
                        .hasAnyRole(MARKETING_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/vehicles", "/api/v1/vehicles/**")
                        .hasAnyRole(FLEET_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/alarms", "/api/v1/alarms/**")
                        .hasAnyRole(FLEET_ROLES)
                        // a workshop records the services it did
                        .requestMatchers(HttpMethod.POST, "/api/v1/vehicles/*/service-records")
                        .hasAnyRole(FLEET_ROLES)
                        // service-due leads: advisors work them, operators watch them
                        .requestMatchers(HttpMethod.GET, "/api/v1/leads", "/api/v1/leads/**")
                        .hasAnyRole(FLEET_ROLES)
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/leads/*")
                        .hasAnyRole(FLEET_ROLES)
                        // geo-targeted offers: marketers measure them, the fleet roles see what a vehicle was sent
                        .requestMatchers(HttpMethod.GET, "/api/v1/offers", "/api/v1/offers/**")
                        .hasAnyRole(MARKETING_ROLES)
                        // workshops, dealers and stations are public knowledge for anyone signed in
                        .requestMatchers(HttpMethod.GET, "/api/v1/pois", "/api/v1/pois/**")
                        .hasAnyRole(Role.SUBSCRIBER.name(), Role.SERVICE_ADVISOR.name(), Role.MARKETER.name(),
                                Role.OPERATOR.name())
                        // consent to location-based marketing; the subscriber's own route comes with identity
                        .requestMatchers(HttpMethod.GET, "/api/v1/vehicles/*/marketing-consent")
                        .hasAnyRole(FLEET_ROLES)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/vehicles/*/marketing-consent")
                        .hasAnyRole(Role.OPERATOR.name())
                        // maintenance bookings: subscribers book their own vehicles (ownership in VehicleAccess),
                        // service advisors and operators book on a subscriber's behalf and see every booking
                        .requestMatchers(HttpMethod.GET, "/api/v1/slots", "/api/v1/workshops/*/slots")
                        .hasAnyRole(BOOKING_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/workshops/*/capacity")
                        .hasAnyRole(FLEET_ROLES)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/workshops/*/capacity")
                        .hasAnyRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/bookings", "/api/v1/bookings/*")
                        .hasAnyRole(BOOKING_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/bookings", "/api/v1/bookings/*/reschedule",
                                "/api/v1/bookings/*/cancel")
                        .hasAnyRole(BOOKING_ROLES)
                        // ---- notifications (docs/notifications.md) ------------------------------------------------
                        // a subscriber's own inbox and preferences: the token's subject is the subscriber
                        .requestMatchers(HttpMethod.GET, "/api/v1/me/inbox")
                        .hasRole(Role.SUBSCRIBER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/me/inbox/*/read")
                        .hasRole(Role.SUBSCRIBER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/me/notification-preferences")
                        .hasRole(Role.SUBSCRIBER.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/me/notification-preferences")
                        .hasRole(Role.SUBSCRIBER.name())
                        // one-click unsubscribe (RFC 8058) from an e-mail: the signed token in the link is the
                        // credential, so no bearer token
                        .requestMatchers(HttpMethod.GET, "/api/v1/unsubscribe").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/unsubscribe").permitAll()
                        // webhook endpoints carry signing secrets: operators only
                        .requestMatchers(HttpMethod.GET, "/api/v1/webhooks").hasRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/webhooks").hasRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/webhooks/*").hasRole(Role.OPERATOR.name())
                        // tracing messages to their causes: the fleet roles, and marketers for their campaigns
                        .requestMatchers(HttpMethod.GET, "/api/v1/notifications").hasAnyRole(MARKETING_ROLES)
                        // ---- end of notifications ------------------------------------------------------------------
                        // default deny: a new route is reachable only once a rule above names who may call it
                        .anyRequest().denyAll())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtRoles.authenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                // bearer tokens only, no cookies: nothing for CSRF to ride on and no session to keep
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
