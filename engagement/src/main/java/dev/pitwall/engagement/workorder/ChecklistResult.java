package dev.pitwall.engagement.workorder;

/** What the inspection found on one item. Stored by name, so never rename one. */
public enum ChecklistResult {
    /** Nothing to do. */
    OK,
    /** Worth doing soon; the vehicle is safe to drive. */
    ADVISORY,
    /** Needs doing before the vehicle should be driven much further. */
    URGENT
}
