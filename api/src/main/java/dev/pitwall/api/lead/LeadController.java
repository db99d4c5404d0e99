package dev.pitwall.api.lead;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.ResourceNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/**
 * Validates what the caller sent against the API's limits, then asks {@link LeadService}. An unreadable request body
 * is answered here, naming the field (only this controller knows the body's fields); everything else, status
 * conflicts included, by the shared {@link ApiProblemHandler}.
 */
@RestController
class LeadController implements LeadApi {

    static final String LEAD_ID_EXPECTED = "a UUID such as " + LEAD_ID_EXAMPLE;
    private static final Pattern UUID_FORM = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final LeadService leads;
    private final ApiProperties api;
    private final LeadProperties limits;

    LeadController(LeadService leads, ApiProperties api, LeadProperties limits) {
        this.leads = leads;
        this.api = api;
        this.limits = limits;
    }

    @Override
    public Page<Lead> leads(List<String> status, List<String> priority, List<String> reason, String vin, String near,
            String radiusKm, Integer page, Integer size) {
        LeadQuery query = LeadQuery.of(status, priority, reason, vin, near, radiusKm, limits);
        return leads.leads(query, PageQuery.of(page, size, api.paging()));
    }

    @Override
    public LeadDetail lead(String leadId) {
        UUID id = leadId(leadId);
        return leads.lead(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public LeadDetail changeStatus(String leadId, LeadStatusChange change, Jwt token) {
        UUID id = leadId(leadId);
        change.rejectOtherFields();
        LeadStatus target = change.target();
        String note = change.checkedNote();
        String actor = token == null ? null : token.getSubject();
        if (actor == null || actor.isBlank()) {
            // the history says who changed a lead: a token without a subject cannot
            throw new AccessDeniedException("Changing a lead needs a token that names its user (claim 'sub').");
        }
        return leads.changeStatus(id, target, note, actor).orElseThrow(() -> notFound(id));
    }

    /** Only the canonical 8-4-4-4-12 form: {@link UUID#fromString} also takes "1-2-3-4-5". */
    static UUID leadId(String leadId) {
        if (leadId == null || !UUID_FORM.matcher(leadId).matches()) {
            throw new InvalidParameterException("leadId", LEAD_ID_EXPECTED, leadId);
        }
        return UUID.fromString(leadId.toLowerCase(Locale.ROOT));
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("lead", "leadId", id.toString());
    }

    /** A body that is missing or not JSON, or a field of the wrong type: name the field when known. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = ex.getMostSpecificCause() instanceof JacksonException j ? j
                : ex.getCause() instanceof JacksonException j ? j : null;
        InvalidParameterException problem;
        if (jackson != null && !jackson.getPath().isEmpty()
                && jackson.getPath().get(0).getPropertyName() != null) {
            String field = jackson.getPath().get(0).getPropertyName();
            problem = new InvalidParameterException(field, "status".equals(field)
                    ? LeadStatusChange.STATUS_EXPECTED + " as text" : "text", "a value of another type");
        } else {
            // without a Jackson cause the body was missing; Spring's own message names the handler method
            String what = jackson != null && jackson.getOriginalMessage() != null
                    ? jackson.getOriginalMessage().lines().findFirst().orElse("") : "no body";
            problem = new InvalidParameterException("body",
                    "a JSON object with the fields " + LeadStatusChange.FIELDS, what);
        }
        return ApiProblemHandler.problem(problem);
    }
}
