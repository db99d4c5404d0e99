package dev.pitwall.api.workorder;

import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.engagement.workorder.InvalidWorkOrderInputException;
import dev.pitwall.engagement.workorder.PhotoRules.PhotoRefusedException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problems the work-order controllers answer themselves: the domain's input violations and photo refusals. */
final class WorkOrderProblems {

    static final URI PHOTO_TOO_LARGE = URI.create("https://pitwall.dev/problems/photo-too-large");
    static final URI UNSUPPORTED_PHOTO_TYPE = URI.create("https://pitwall.dev/problems/unsupported-photo-type");

    private WorkOrderProblems() {
    }

    /** 400 naming every field, like every invalid body of the API. */
    static ResponseEntity<ProblemDetail> invalid(InvalidWorkOrderInputException e) {
        return ApiProblemHandler.problem(new InvalidBodyException(e.violations().stream()
                .map(v -> new InvalidBodyException.Violation(v.field(), v.expected(), v.actual())).toList()));
    }

    /** 413 for a size, 415 for a type, 400 for an empty file, 409 for one photo too many; all naming 'file'. */
    static ResponseEntity<ProblemDetail> refused(PhotoRefusedException e) {
        ProblemDetail problem = switch (e.refusal()) {
            case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, PHOTO_TOO_LARGE, "Photo too large", e);
            case UNSUPPORTED_TYPE -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_PHOTO_TYPE,
                    "Unsupported photo type", e);
            case EMPTY -> problem(HttpStatus.BAD_REQUEST, dev.pitwall.api.web.ProblemTypes.INVALID_PARAMETER,
                    "Invalid request parameter", e);
            case TOO_MANY -> problem(HttpStatus.CONFLICT, dev.pitwall.api.web.ProblemTypes.CONFLICT,
                    "Too many photos", e);
        };
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, PhotoRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(type);
        problem.setTitle(title);
        problem.setProperty("parameter", "file");
        problem.setProperty("expected", e.expected());
        return problem;
    }
}
