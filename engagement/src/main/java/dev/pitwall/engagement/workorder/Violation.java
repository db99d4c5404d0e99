package dev.pitwall.engagement.workorder;

/** One field of a work-order input that breaks a rule: its path, what was expected, what came (null: nothing). */
public record Violation(String field, String expected, Object actual) {
}
