package dev.pitwall.api.workorder;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitwall.engagement.booking.BookingStatus;
import dev.pitwall.engagement.workorder.WorkOrderAction;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A booking's work order as the API shows it: where it stands, its quotes, checklist, survey and history. */
@Schema(description = "The work order of a booked visit", example = WorkOrder.EXAMPLE)
record WorkOrder(
        String bookingId,
        String vin,
        String workshopId,
        @Schema(description = "The booked services; recorded in the service book when the work is done")
        List<String> serviceTypes,
        BookingStatus status,
        @Schema(description = "The booking's version; goes up with every step") int version,
        @Schema(description = "What the caller may do next") List<WorkOrderAction> availableActions,
        @Schema(description = "Every quote version, newest first") List<QuoteView> quotes,
        List<ChecklistEntry> checklist,
        @JsonInclude(JsonInclude.Include.NON_NULL) SurveyView survey,
        @Schema(description = "Who moved the order from what to what, oldest first") List<Event> history) {

    static final String EXAMPLE = """
            {"bookingId": "0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90", "vin": "WVWZZZCDZLW123456", "workshopId": "ws-001",
             "serviceTypes": ["OIL_SERVICE"], "status": "IN_PROGRESS", "version": 4,
             "availableActions": ["MARK_READY"],
             "quotes": [{"quoteVersion": 1, "status": "APPROVED", "currency": "EUR",
               "note": "Front pads at 3 mm: we recommend replacing them now.",
               "lines": [
                 {"number": 1, "description": "Oil and filter change", "serviceType": "OIL_SERVICE", "labour": 89.50,
                  "parts": 45.00, "total": 134.50, "mandatory": true, "approved": true},
                 {"number": 2, "description": "Front brake pads", "partNumber": "1K0698151", "labour": 120.00,
                  "parts": 85.90, "total": 205.90, "mandatory": false, "approved": true}],
               "totals": {"mandatory": 134.50, "optional": 205.90, "total": 340.40}, "approvedTotal": 340.40,
               "sentBy": "advisor-1", "sentAt": "2026-02-02T09:10:00Z", "decidedBy": "sub-4711",
               "decidedAt": "2026-02-02T09:25:00Z", "decisionComment": "Please also do the pads."}],
             "checklist": [{"item": "BRAKES", "result": "ADVISORY", "note": "Front pads at 3 mm", "version": 0,
               "updatedBy": "advisor-1", "updatedAt": "2026-02-02T09:05:00Z",
               "photos": [{"photoId": "7d9e2c1a-4b3f-4e8d-9a6c-1f2e3d4c5b6a", "contentType": "image/jpeg",
                 "sizeBytes": 482113, "fileName": "front-left.jpg", "uploadedBy": "advisor-1",
                 "uploadedAt": "2026-02-02T09:06:00Z",
                 "href": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/photos/7d9e2c1a-4b3f-4e8d-9a6c-1f2e3d4c5b6a"}]}],
             "history": [
               {"action": "CHECK_IN", "from": "BOOKED", "to": "CHECKED_IN", "actor": "advisor-1",
                "occurredAt": "2026-02-02T08:02:00Z"},
               {"action": "SEND_QUOTE", "from": "INSPECTING", "to": "AWAITING_APPROVAL", "actor": "advisor-1",
                "quoteVersion": 1, "occurredAt": "2026-02-02T09:10:00Z"}]}""";

    WorkOrder {
        serviceTypes = List.copyOf(serviceTypes);
        availableActions = List.copyOf(availableActions);
        quotes = List.copyOf(quotes);
        checklist = List.copyOf(checklist);
        history = List.copyOf(history);
    }

    /** One version of a quote. */
    record QuoteView(int quoteVersion, String status, String currency,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note, List<Line> lines, Totals totals,
            @Schema(description = "Once approved: the mandatory lines plus the optional ones ordered")
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal approvedTotal,
            String sentBy, Instant sentAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String decidedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant decidedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String decisionComment) {
    }

    /** One quote line; {@code approved} is set once the quote is decided. */
    record Line(int number, String description,
            @JsonInclude(JsonInclude.Include.NON_NULL) String serviceType,
            @JsonInclude(JsonInclude.Include.NON_NULL) String partNumber,
            BigDecimal labour, BigDecimal parts, BigDecimal total, boolean mandatory,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean approved) {
    }

    record Totals(BigDecimal mandatory, BigDecimal optional, BigDecimal total) {
    }

    /** One checklist item's result and its photos. */
    @Schema(description = "An inspection result", example = """
            {"item": "BRAKES", "result": "ADVISORY", "note": "Front pads at 3 mm", "version": 1,
             "updatedBy": "advisor-1", "updatedAt": "2026-02-02T09:05:00Z", "photos": []}""")
    record ChecklistEntry(String item, String result, @JsonInclude(JsonInclude.Include.NON_NULL) String note,
            int version, String updatedBy, Instant updatedAt, List<Photo> photos) {
    }

    /** A photo's metadata; {@code href} serves its bytes. */
    @Schema(description = "A checklist photo", example = """
            {"photoId": "7d9e2c1a-4b3f-4e8d-9a6c-1f2e3d4c5b6a", "item": "BRAKES", "contentType": "image/png",
             "sizeBytes": 48211, "fileName": "front-left.png", "uploadedBy": "advisor-1",
             "uploadedAt": "2026-02-02T09:06:00Z",
             "href": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/photos/7d9e2c1a-4b3f-4e8d-9a6c-1f2e3d4c5b6a"}""")
    record Photo(String photoId, String item, String contentType, long sizeBytes,
            @JsonInclude(JsonInclude.Include.NON_NULL) String fileName, String uploadedBy, Instant uploadedAt,
            String href) {
    }

    @Schema(description = "The answered survey", example = """
            {"rating": 5, "recommend": 9, "comment": "Quick, and the quote was clear.", "submittedBy": "sub-4711",
             "submittedAt": "2026-02-03T17:00:00Z"}""")
    record SurveyView(int rating, @JsonInclude(JsonInclude.Include.NON_NULL) Integer recommend,
            @JsonInclude(JsonInclude.Include.NON_NULL) String comment, String submittedBy, Instant submittedAt) {
    }

    /** One step in the history. */
    record Event(String action, String from, String to, String actor,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer quoteVersion,
            @JsonInclude(JsonInclude.Include.NON_NULL) String detail, Instant occurredAt) {
    }
}
