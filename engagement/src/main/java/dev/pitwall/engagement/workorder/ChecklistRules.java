package dev.pitwall.engagement.workorder;

import static dev.pitwall.engagement.booking.BookingStatus.AWAITING_APPROVAL;
import static dev.pitwall.engagement.booking.BookingStatus.INSPECTING;
import static dev.pitwall.engagement.booking.BookingStatus.IN_PROGRESS;

import dev.pitwall.engagement.booking.BookingStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When and how the inspection checklist is filled in: while the vehicle is INSPECTING, AWAITING_APPROVAL or
 * IN_PROGRESS (a finding during work is still a finding), one result per item, and a note whenever the result is
 * not OK, since the customer must learn what is wrong.
 */
public final class ChecklistRules {

    public static final int MAX_NOTE = 1000;
    private static final Set<BookingStatus> EDITABLE = Set.of(INSPECTING, AWAITING_APPROVAL, IN_PROGRESS);

    private ChecklistRules() {
    }

    /** A checklist entry as it is stored. */
    public record Entry(ChecklistItem item, ChecklistResult result, String note) {
    }

    public static boolean isEditableIn(BookingStatus status) {
        return EDITABLE.contains(status);
    }

    /** The statuses in which the checklist (and its photos) may change, for messages. */
    public static String editableStatuses() {
        return "INSPECTING, AWAITING_APPROVAL or IN_PROGRESS";
    }

    /**
     * The item a path names, e.g. {@code BRAKES} (any case).
     *
     * @throws InvalidWorkOrderInputException naming {@code item}
     */
    public static ChecklistItem item(String name) {
        for (ChecklistItem item : ChecklistItem.values()) {
            if (item.name().equalsIgnoreCase(name)) {
                return item;
            }
        }
        throw new InvalidWorkOrderInputException(List.of(new Violation("item", "one of "
                + Arrays.stream(ChecklistItem.values()).map(Enum::name).collect(Collectors.joining(", ")), name)));
    }

    /**
     * The entry for {@code item} from a caller's result and note.
     *
     * @throws InvalidWorkOrderInputException naming every field that breaks a rule
     */
    public static Entry entry(ChecklistItem item, String result, String note) {
        List<Violation> violations = new ArrayList<>();
        ChecklistResult parsed = null;
        try {
            parsed = result == null ? null : ChecklistResult.valueOf(result);
        } catch (IllegalArgumentException e) {
            // answered below
        }
        if (parsed == null) {
            violations.add(new Violation("result", "one of OK, ADVISORY, URGENT", result));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            violations.add(new Violation("note", "at most " + MAX_NOTE + " characters", text.length()
                    + " characters"));
        } else if (text == null && parsed != null && parsed != ChecklistResult.OK) {
            violations.add(new Violation("note", "what was found, when the result is " + parsed, null));
        }
        InvalidWorkOrderInputException.throwIfAny(violations);
        return new Entry(item, parsed, text);
    }
}
