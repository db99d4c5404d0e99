package dev.pitwall.core.lead;

/**
 * Why a service-due lead exists. A vehicle has at most one open lead per reason and subject (the service item, the
 * component or the trouble code), so a condition that lasts is one lead, not one per message.
 */
public enum LeadReason {
    /** A service book item became due soon or overdue; subject = the {@code ServiceItem} name. */
    SERVICE_DUE,
    /** A failure prediction crossed its threshold; subject = the {@code Component} name. */
    FAILURE_PREDICTED,
    /** A severe trouble code stayed active longer than the configured time; subject = the code. */
    SEVERE_DTC
}
