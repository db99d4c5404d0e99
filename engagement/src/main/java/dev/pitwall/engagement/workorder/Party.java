package dev.pitwall.engagement.workorder;

/** Who acts on a work order: the workshop (service advisors, operators) or the customer (the subscriber). */
public enum Party {
    WORKSHOP, CUSTOMER
}
