package dev.pitwall.core.lead;

/** What happened to a lead, as the stream saw it; the lifecycle after that (contacted, booked) is the API's. */
public enum LeadEvent {
    /** The condition began: a new lead, status OPEN. */
    OPENED,
    /** The condition got worse (e.g. due soon → overdue): the lead's priority rose. */
    ESCALATED,
    /** The condition ended (service recorded, code gone, probability fell): the lead closes. */
    RESOLVED,
    /** The lead stayed open longer than the rules allow: it expires and is not raised again until the condition ends. */
    EXPIRED
}
