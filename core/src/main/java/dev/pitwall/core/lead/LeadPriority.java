package dev.pitwall.core.lead;

/** How soon a service advisor should act on a lead; declared most urgent first. */
public enum LeadPriority {
    /** Contact today: a critical trouble code, or a failure that is likely soon. */
    URGENT,
    /** Contact this week: an overdue item, a high failure probability, a severe trouble code. */
    HIGH,
    /** Contact at a convenient time: an item due soon. */
    MEDIUM,
    /** Mention at the next contact. */
    LOW;

    /** The more urgent of the two. */
    public LeadPriority max(LeadPriority other) {
        return other != null && other.ordinal() < ordinal() ? other : this;
    }
}
