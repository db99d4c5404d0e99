package dev.pitwall.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Limits {@code /api/**} requests per caller: the token's subject once authenticated, otherwise the client's IP
 * address (behind a proxy set {@code server.forward-headers-strategy} so that it is the real client's). Runs in the
 * security filter chain after the bearer token is verified; probes, metrics and the API description are not limited.
 * A refused request is answered as a problem by the same exception handling as every other error.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    static final String API_PREFIX = "/api/";

    private final RateLimiter limiter;
    private final HandlerExceptionResolver resolver;

    public RateLimitFilter(RateLimiter limiter, HandlerExceptionResolver resolver) {
        this.limiter = limiter;
        this.resolver = resolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = limiter.tryAcquire(clientKey(request));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        resolver.resolveException(request, response, null,
                new RateLimitExceededException(limiter.limits(), decision.retryAfterSeconds()));
    }

    /** Subjects and addresses in separate key spaces, so that no subject can spend an address's requests. */
    static String clientKey(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && authentication.getName() != null) {
            return "subject:" + authentication.getName();
        }
        return "address:" + request.getRemoteAddr();
    }
}
