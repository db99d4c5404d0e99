package dev.pitwall.engagement.workorder;

import dev.pitwall.engagement.booking.BookingStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The satisfaction survey: once per visit, only after the vehicle was COLLECTED, a rating of 1 to 5 stars, an
 * optional likelihood to recommend of 0 to 10 (the NPS question) and an optional comment.
 */
public final class SurveyRules {

    public static final int MAX_COMMENT = 2000;

    private SurveyRules() {
    }

    /** A valid answer. */
    public record Survey(int rating, Integer recommend, String comment) {
    }

    public static boolean isOpenIn(BookingStatus status) {
        return status == BookingStatus.COLLECTED;
    }

    /**
     * The survey these answers make.
     *
     * @throws InvalidWorkOrderInputException naming every field that breaks a rule
     */
    public static Survey survey(Integer rating, Integer recommend, String comment) {
        List<Violation> violations = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            violations.add(new Violation("rating", "a whole number of stars from 1 to 5", rating));
        }
        if (recommend != null && (recommend < 0 || recommend > 10)) {
            violations.add(new Violation("recommend", "how likely the customer recommends the workshop, 0 to 10",
                    recommend));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            violations.add(new Violation("comment", "at most " + MAX_COMMENT + " characters", text.length()
                    + " characters"));
        }
        InvalidWorkOrderInputException.throwIfAny(violations);
        return new Survey(rating, recommend, text);
    }
}
