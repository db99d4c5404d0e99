package dev.pitwall.core.offer;

/** What an offer is for; each kind comes from one rule (one campaign) of {@link OfferRules}. */
public enum OfferKind {
    /** Low fuel and a partner fuel station ahead. */
    FUEL,
    /** An open service lead and a partner workshop or dealer nearby that offers the service. */
    SERVICE
}
