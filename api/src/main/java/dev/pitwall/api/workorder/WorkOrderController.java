package dev.pitwall.api.workorder;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.UuidParameter;
import dev.pitwall.engagement.workorder.InvalidWorkOrderInputException;
import dev.pitwall.engagement.workorder.Quote;
import dev.pitwall.engagement.workorder.QuoteRules;
import dev.pitwall.engagement.workorder.WorkOrderAction;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent, then asks {@link WorkOrderService} or {@link SurveyService}. */
@RestController
class WorkOrderController implements WorkOrderApi {

    private static final String AMOUNT = "an amount such as 89.50";
    private static final RequestBodyFields QUOTE_BODY = new RequestBodyFields(
            Field.of("currency", "an ISO 4217 code such as EUR"),
            Field.array("lines", "an array of quote lines", "a quote line with description, labour, parts, "
                    + "mandatory (" + AMOUNT + " for the amounts)"),
            Field.of("note", "text"));
    private static final RequestBodyFields DECISION_BODY = new RequestBodyFields(
            Field.of("quoteVersion", "an integer: the quote version decided on"),
            Field.array("approvedOptionalLines", "an array of line numbers", "a line number"),
            Field.of("comment", "text"));
    private static final RequestBodyFields COMPLETION_BODY = new RequestBodyFields(
            Field.of("odometerKm", "a number of km"), Field.of("notes", "text"));
    private static final RequestBodyFields SURVEY_BODY = new RequestBodyFields(
            Field.of("rating", "a whole number from 1 to 5"), Field.of("recommend", "a whole number from 0 to 10"),
            Field.of("comment", "text"));

    private final WorkOrderService orders;
    private final SurveyService surveys;
    private final QuoteRules quoteRules;

    WorkOrderController(WorkOrderService orders, SurveyService surveys, QuoteRules quoteRules) {
        this.orders = orders;
        this.surveys = surveys;
        this.quoteRules = quoteRules;
    }

    @Override
    public WorkOrder workOrder(String bookingId) {
        return orders.find(Caller.current(), bookingId(bookingId));
    }

    @Override
    public WorkOrder checkIn(String bookingId) {
        return orders.step(Caller.current(), bookingId(bookingId), WorkOrderAction.CHECK_IN);
    }

    @Override
    public WorkOrder startInspection(String bookingId) {
        return orders.step(Caller.current(), bookingId(bookingId), WorkOrderAction.START_INSPECTION);
    }

    @Override
    public WorkOrder sendQuote(String bookingId, QuoteRequest request) {
        UUID id = bookingId(bookingId);
        Quote quote = quoteRules.parse(request.currency(), request.lines() == null ? null
                : request.lines().stream().map(l -> l == null ? null : l.input()).toList(), request.note());
        return orders.sendQuote(Caller.current(), id, quote);
    }

    @Override
    public WorkOrder approveQuote(String bookingId, QuoteDecisionRequest request) {
        return decide(bookingId, WorkOrderAction.APPROVE_QUOTE, request);
    }

    @Override
    public WorkOrder declineQuote(String bookingId, QuoteDecisionRequest request) {
        return decide(bookingId, WorkOrderAction.DECLINE_QUOTE, request);
    }

    @Override
    public WorkOrder startWork(String bookingId) {
        return orders.step(Caller.current(), bookingId(bookingId), WorkOrderAction.START_WORK);
    }

    @Override
    public WorkOrder ready(String bookingId, CompletionRequest request) {
        UUID id = bookingId(bookingId);
        CompletionRequest completion = request == null ? new CompletionRequest(null, null) : request;
        if (completion.notes() != null && completion.notes().length() > CompletionRequest.MAX_NOTES) {
            throw new InvalidBodyException(List.of(new Violation("notes", "at most " + CompletionRequest.MAX_NOTES
                    + " characters", completion.notes().length() + " characters")));
        }
        return orders.markReady(Caller.current(), id, completion);
    }

    @Override
    public WorkOrder collect(String bookingId) {
        return orders.step(Caller.current(), bookingId(bookingId), WorkOrderAction.COLLECT);
    }

    @Override
    public ResponseEntity<WorkOrder.SurveyView> survey(String bookingId, SurveyRequest request) {
        UUID id = bookingId(bookingId);
        return ResponseEntity.status(HttpStatus.CREATED).body(surveys.answer(Caller.current(), id, request));
    }

    private WorkOrder decide(String bookingId, WorkOrderAction action, QuoteDecisionRequest request) {
        UUID id = bookingId(bookingId);
        List<Violation> violations = new ArrayList<>();
        if (request.quoteVersion() == null || request.quoteVersion() < 1) {
            violations.add(new Violation("quoteVersion", "the version of the quote decided on, from 1",
                    request.quoteVersion()));
        }
        if (action == WorkOrderAction.DECLINE_QUOTE && request.approvedOptionalLines() != null
                && !request.approvedOptionalLines().isEmpty()) {
            violations.add(new Violation("approvedOptionalLines", "nothing: a decline orders no line",
                    request.approvedOptionalLines()));
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (comment != null && comment.length() > QuoteDecisionRequest.MAX_COMMENT) {
            violations.add(new Violation("comment", "at most " + QuoteDecisionRequest.MAX_COMMENT + " characters",
                    comment.length() + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        return orders.decide(Caller.current(), id, action, request.quoteVersion(),
                request.approvedOptionalLines() == null ? List.of() : request.approvedOptionalLines(), comment);
    }

    static UUID bookingId(String bookingId) {
        return UuidParameter.require("bookingId", bookingId, BOOKING_ID_EXAMPLE);
    }

    @ExceptionHandler(InvalidWorkOrderInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidWorkOrderInputException e) {
        return WorkOrderProblems.invalid(e);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        String path = request.getRequestURI();
        RequestBodyFields fields = path.endsWith("/quote") ? QUOTE_BODY
                : path.endsWith("/approve") || path.endsWith("/decline") ? DECISION_BODY
                : path.endsWith("/ready") ? COMPLETION_BODY : SURVEY_BODY;
        return ApiProblemHandler.problem(fields.unreadable(ex));
    }
}
