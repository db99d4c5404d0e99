package dev.pitwall.api.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Answers a valid token without the needed role with 403 and a problem body naming the roles required. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
    private final HandlerExceptionResolver resolver;

    ProblemAccessDeniedHandler(HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException, ServletException {
        bearer.handle(request, response, exception); // status and header only, body left to the resolver
        resolver.resolveException(request, response, null, exception);
    }
}
