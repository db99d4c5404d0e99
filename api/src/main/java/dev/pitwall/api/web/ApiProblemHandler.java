package dev.pitwall.api.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into RFC 9457 problems: Pitwall's own, Spring MVC's (through the
 * base class) and Spring Security's (the entry point and access-denied handler delegate here). Every
 * problem a caller can fix names the parameter and what was expected. A controller that must answer an unreadable
 * request body itself (only it knows the body's fields) builds the same problems with the static {@code problem}s.
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final String ROLE_PREFIX = "ROLE_";

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException ex) {
        return problem(ex);
    }

    @ExceptionHandler(InvalidBodyException.class)
    ResponseEntity<ProblemDetail> invalidBody(InvalidBodyException ex) {
        return problem(ex);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setType(ProblemTypes.CONFLICT);
        problem.setTitle(ex.title());
        problem.setProperty("parameter", ex.parameter());
        ex.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        problem.setType(ProblemTypes.IDEMPOTENCY_KEY_REUSED);
        problem.setTitle("Idempotency key reused");
        problem.setProperty("parameter", IdempotencyKeyReusedException.HEADER);
        return respond(problem);
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle("Not found");
        problem.setProperty("parameter", ex.identifier());
        return respond(problem);
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(RateLimitExceededException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
        problem.setType(ProblemTypes.TOO_MANY_REQUESTS);
        problem.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationException ex) {
        String detail = "This request needs a valid bearer token: send 'Authorization: Bearer <JWT>'.";
        if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            detail = "The bearer token was rejected (" + oauth.getError().getDescription()
                    + "); send 'Authorization: Bearer <JWT>' with a valid, unexpired token.";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(ProblemTypes.UNAUTHORIZED);
        problem.setTitle("Authentication required");
        return respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, Principal principal) {
        String held = principal instanceof Authentication auth ? roles(auth.getAuthorities()) : "";
        String needed = "";
        if (ex instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
            needed = roles(decision.getAuthorities());
        }
        String detail = needed.isEmpty()
                ? "The token's roles [" + held + "] do not allow this request."
                : "This request needs one of the roles [" + needed + "]; the token has [" + held + "].";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(ProblemTypes.FORBIDDEN);
        problem.setTitle("Forbidden");
        return respond(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        LOG.error("request failed unexpectedly", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to answer this request; the error has been logged.");
        problem.setType(ProblemTypes.INTERNAL_ERROR);
        problem.setTitle("Internal error");
        return respond(problem);
    }

    /** A parameter that could not be converted, e.g. {@code band=SHINY} or {@code from=yesterday}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String expected = expectedFor(ex.getRequiredType());
        String detail = "Invalid '" + name + "': expected " + expected + ", got '" + ex.getValue() + "'.";
        return handleExceptionInternal(ex, invalidParameterProblem(name, expected, detail), headers, status, request);
    }

    static String expectedFor(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (List.of(Integer.class, int.class, Long.class, long.class).contains(type)) {
            return "an integer";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-01-31T08:00:00Z";
        }
        return "a value of type " + type.getSimpleName();
    }

    /**
     * The problem of a parameter a caller got wrong, for a controller that answers an exception of its own (an
     * unreadable body) the way this handler answers the parameters.
     */
    public static ResponseEntity<ProblemDetail> problem(InvalidParameterException ex) {
        return respond(invalidParameterProblem(ex.parameter(), ex.expected(), ex.getMessage()));
    }

    /** The problem of a body with fields a caller got wrong: the first named as a parameter, all in errors. */
    public static ResponseEntity<ProblemDetail> problem(InvalidBodyException ex) {
        InvalidBodyException.Violation first = ex.violations().get(0);
        ProblemDetail problem = invalidParameterProblem(first.field(), first.expected(), ex.getMessage());
        problem.setProperty("errors", ex.violations().stream().map(v -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("parameter", v.field());
            error.put("expected", v.expected());
            error.put("actual", v.actual() == null ? null : String.valueOf(v.actual()));
            return error;
        }).toList());
        return respond(problem);
    }

    private static ProblemDetail invalidParameterProblem(String parameter, String expected, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(ProblemTypes.INVALID_PARAMETER);
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", parameter);
        problem.setProperty("expected", expected);
        return problem;
    }

    private static String roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
