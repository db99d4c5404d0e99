package dev.pitwall.api.lead;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.pitwall.api.web.InvalidParameterException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import java.util.Map;

/**
 * What an advisor may change about a lead: its status, with an optional note. Exactly these fields; the stream's
 * columns (priority, evidence, workshops) are not the advisor's to set, and a body naming one is refused rather than
 * half applied. The status stays text here, so that a wrong one is answered by name rather than as unreadable JSON.
 */
@Schema(description = "A status change, as a JSON merge patch of the lead: status is required, note optional",
        example = """
                {"status": "CONTACTED", "note": "Called the customer, will book next week"}""")
public record LeadStatusChange(
        @Schema(description = "CONTACTED, BOOKED or CLOSED; allowed from OPEN: all three, from CONTACTED: BOOKED and "
                + "CLOSED, from BOOKED: CLOSED. The status the lead already has is accepted and changes nothing.",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CONTACTED", "BOOKED", "CLOSED"})
        String status,
        @Schema(description = "Why, for the history; at most " + LeadStatusChange.MAX_NOTE_LENGTH + " characters. "
                + "Closing a lead keeps it as the close reason ('closed by advisor' without one).")
        String note,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> otherFields) {

    static final int MAX_NOTE_LENGTH = 2000;
    static final String FIELDS = "status, note";

    public LeadStatusChange {
        otherFields = otherFields == null ? Map.of() : Map.copyOf(otherFields);
    }

    public LeadStatusChange(String status, String note) {
        this(status, note, Map.of());
    }

    /**
     * Refuses a body with fields other than status and note (the application's JSON mapper ignores unknown
     * properties, so they are collected instead of failing).
     */
    void rejectOtherFields() {
        otherFields.keySet().stream().sorted().findFirst().ifPresent(field -> {
            throw new InvalidParameterException(field, "only the fields " + FIELDS
                    + " (the rest of a lead is the stream's)", "a field that cannot be changed");
        });
    }
    static final String STATUS_EXPECTED = "one of CONTACTED, BOOKED, CLOSED";

    /** The requested status, checked: one an advisor may set. */
    LeadStatus target() {
        if (status == null || status.isBlank()) {
            throw new InvalidParameterException("status", STATUS_EXPECTED, status == null ? "nothing" : status);
        }
        LeadStatus parsed;
        try {
            parsed = LeadStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", STATUS_EXPECTED, status);
        }
        if (!LeadStatus.SETTABLE.contains(parsed)) {
            throw new InvalidParameterException("status", STATUS_EXPECTED
                    + " (OPEN and EXPIRED are set by the stream only)", status);
        }
        return parsed;
    }

    /** The note, stripped; null when there is none. */
    String checkedNote() {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > MAX_NOTE_LENGTH) {
            throw new InvalidParameterException("note", "at most " + MAX_NOTE_LENGTH + " characters",
                    stripped.substring(0, 40) + "... (" + stripped.length() + " characters)");
        }
        return stripped;
    }
}
