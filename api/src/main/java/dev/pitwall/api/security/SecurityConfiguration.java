package dev.pitwall.api.security;

import dev.pitwall.api.web.RateLimitConfiguration;
import dev.pitwall.api.web.RateLimitFilter;
import dev.pitwall.api.web.RateLimiter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what, by role; which vehicles a caller may act on is {@link VehicleAccess}'s to decide. Everything
 * needs a bearer token except what probes, scrapers and API readers must reach without one; a route no rule names is
 * denied. The route-by-role matrix is in docs/identity-and-access.md, and AuthorizationCoverageIT holds every route
 * to it.
 */
@Configuration(proxyBeanMethods = false)
@Import(RateLimitConfiguration.class)
public class SecurityConfiguration {

    /** Roles that work for the fleet and so act on every vehicle. */
    static final String[] FLEET_ROLES = {Role.OPERATOR.name(), Role.SERVICE_ADVISOR.name()};
    /** Who may read what marketing is built on: usage profiles and the offers sent. */
    static final String[] MARKETING_ROLES = {Role.OPERATOR.name(), Role.SERVICE_ADVISOR.name(), Role.MARKETER.name()};
    /** Who may search slots and book: subscribers for themselves, the fleet roles on a subscriber's behalf. */
    static final String[] BOOKING_ROLES = {Role.SUBSCRIBER.name(), Role.SERVICE_ADVISOR.name(), Role.OPERATOR.name()};
    /** The fleet roles for every vehicle, subscribers for the vehicles they own (VehicleAccess answers 404 else). */
    static final String[] OWNER_ROLES = {Role.SUBSCRIBER.name(), Role.SERVICE_ADVISOR.name(), Role.OPERATOR.name()};
    static final String[] ALL_ROLES = {Role.SUBSCRIBER.name(), Role.SERVICE_ADVISOR.name(), Role.MARKETER.name(),
            Role.OPERATOR.name()};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, RateLimiter rateLimiter)
            throws Exception {
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
                        // repurchase recommendations: above the rule for /api/v1/vehicles/** because the first
                        // matching rule wins; subscribers read their own vehicles', marketers every vehicle's
                        .requestMatchers(HttpMethod.GET, "/api/v1/vehicles/*/repurchase-recommendation")
                        .hasAnyRole(Role.SUBSCRIBER.name(), Role.SERVICE_ADVISOR.name(), Role.MARKETER.name(),
                                Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/repurchase-candidates")
                        .hasAnyRole(MARKETING_ROLES)
                        // test drives at dealers: like maintenance bookings (the slot search is above the rule for
                        // /api/v1/vehicles/** too); the dealer, i.e. the fleet roles, records how one went
                        .requestMatchers(HttpMethod.GET, "/api/v1/vehicles/*/test-drive-slots")
                        .hasAnyRole(BOOKING_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/test-drives", "/api/v1/test-drives/*")
                        .hasAnyRole(BOOKING_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/test-drives", "/api/v1/test-drives/*/cancel")
                        .hasAnyRole(BOOKING_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/test-drives/*/outcome")
                        .hasAnyRole(FLEET_ROLES)
                        // usage and driving profiles: marketers build segments from every vehicle's, an owner
                        // reads their own
                        .requestMatchers(HttpMethod.GET, "/api/v1/vehicles/*/profile")
                        .hasAnyRole(ALL_ROLES)
                        // consent to location-based marketing: an owner gives or withdraws their own, operators
                        // record what a subscriber declared elsewhere
                        .requestMatchers(HttpMethod.PUT, "/api/v1/vehicles/*/marketing-consent")
                        .hasAnyRole(Role.SUBSCRIBER.name(), Role.OPERATOR.name())
                        // a workshop records the services it did
                        .requestMatchers(HttpMethod.POST, "/api/v1/vehicles/*/service-records")
                        .hasAnyRole(FLEET_ROLES)
                        // vehicle reads (state, telemetry, health, predictions, alarms, service book, consent):
                        // subscribers see the vehicles they own, lists included
                        .requestMatchers(HttpMethod.GET, "/api/v1/vehicles", "/api/v1/vehicles/**")
                        .hasAnyRole(OWNER_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/alarms", "/api/v1/alarms/**")
                        .hasAnyRole(OWNER_ROLES)
                        // service-due leads: advisors work them, operators watch them, owners see their own
                        .requestMatchers(HttpMethod.GET, "/api/v1/leads", "/api/v1/leads/**")
                        .hasAnyRole(OWNER_ROLES)
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/leads/*")
                        .hasAnyRole(FLEET_ROLES)
                        // geo-targeted offers: marketers measure them, the fleet roles see what a vehicle was sent
                        .requestMatchers(HttpMethod.GET, "/api/v1/offers", "/api/v1/offers/**")
                        .hasAnyRole(MARKETING_ROLES)
                        // workshops, dealers and stations are public knowledge for anyone signed in
                        .requestMatchers(HttpMethod.GET, "/api/v1/pois", "/api/v1/pois/**")
                        .hasAnyRole(ALL_ROLES)
                        // subscribers and their subscriptions: operators keep them, advisors look them up,
                        // a subscriber reads their own
                        .requestMatchers(HttpMethod.POST, "/api/v1/subscribers", "/api/v1/subscriptions",
                                "/api/v1/subscriptions/*/end")
                        .hasAnyRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/subscribers/*", "/api/v1/subscriptions")
                        .hasAnyRole(FLEET_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/subscriptions/*")
                        .hasAnyRole(OWNER_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/me", "/api/v1/me/**")
                        .hasAnyRole(Role.SUBSCRIBER.name())
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
                        // work orders of bookings (ownership is the booking's): the workshop moves them, the
                        // customer decides quotes (operators on their behalf) and answers the survey
                        .requestMatchers(HttpMethod.GET, "/api/v1/bookings/*/work-order", "/api/v1/bookings/*/photos/*")
                        .hasAnyRole(OWNER_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/bookings/*/check-in",
                                "/api/v1/bookings/*/start-inspection", "/api/v1/bookings/*/quote",
                                "/api/v1/bookings/*/start-work", "/api/v1/bookings/*/ready",
                                "/api/v1/bookings/*/collect", "/api/v1/bookings/*/checklist/*/photos")
                        .hasAnyRole(FLEET_ROLES)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/bookings/*/checklist/*")
                        .hasAnyRole(FLEET_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/bookings/*/quote/approve",
                                "/api/v1/bookings/*/quote/decline")
                        .hasAnyRole(Role.SUBSCRIBER.name(), Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/bookings/*/survey")
                        .hasAnyRole(Role.SUBSCRIBER.name())
                        // renewal offers: the subscriber decides their own (ownership in VehicleAccess); staff
                        // see all, operators may decide on a subscriber's behalf (a phone call)
                        .requestMatchers(HttpMethod.GET, "/api/v1/renewal-offers", "/api/v1/renewal-offers/*")
                        .hasAnyRole(Role.SUBSCRIBER.name(), Role.SERVICE_ADVISOR.name(), Role.MARKETER.name(),
                                Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/renewal-offers/*/accept",
                                "/api/v1/renewal-offers/*/decline")
                        .hasAnyRole(Role.SUBSCRIBER.name(), Role.OPERATOR.name())
                        // the warranties and insurances renewals are offered for: operators record them
                        .requestMatchers(HttpMethod.POST, "/api/v1/coverages").hasAnyRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/coverages")
                        .hasAnyRole(Role.SUBSCRIBER.name(), Role.SERVICE_ADVISOR.name(), Role.OPERATOR.name())
                        // campaigns and the segments they are built on: marketers run them, operators oversee
                        .requestMatchers(HttpMethod.POST, "/api/v1/segments/preview", "/api/v1/campaigns",
                                "/api/v1/campaigns/*/launch", "/api/v1/campaigns/*/cancel")
                        .hasAnyRole(Role.MARKETER.name(), Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/campaigns", "/api/v1/campaigns/*",
                                "/api/v1/campaigns/*/results")
                        .hasAnyRole(Role.MARKETER.name(), Role.OPERATOR.name())
                        // notifications (docs/notifications.md):
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
                        // a marketing message's tracked link: its random message id is the credential, and it only
                        // redirects to the target stored with that message
                        .requestMatchers(HttpMethod.GET, "/api/v1/links/*").permitAll()
                        // webhook endpoints carry signing secrets: operators only
                        .requestMatchers(HttpMethod.GET, "/api/v1/webhooks").hasRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/webhooks").hasRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/webhooks/*").hasRole(Role.OPERATOR.name())
                        // tracing messages to their causes: the fleet roles, and marketers for their campaigns
                        .requestMatchers(HttpMethod.GET, "/api/v1/notifications").hasAnyRole(MARKETING_ROLES)
                        // service prompts: the subscriber opens the booking their prompt links to; the funnel is
                        // for the fleet roles and marketers
                        .requestMatchers(HttpMethod.GET, "/api/v1/prompts/funnel").hasAnyRole(MARKETING_ROLES)
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
        if (rateLimiter.limits().enabled()) {
            // after token verification, so that a caller is counted by its subject rather than its address
            http.addFilterAfter(new RateLimitFilter(rateLimiter, resolver), BearerTokenAuthenticationFilter.class);
        }
        return http.build();
    }
}
