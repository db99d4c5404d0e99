package dev.pitwall.core.offer;

/** Why {@link OfferTracker#decide} did not send a candidate; checked in this order, the first that holds wins. */
public enum SuppressionReason {
    /** No subscriber of the vehicle had consent to location-based marketing granted at the candidate's event time. */
    NO_CONSENT,
    /** The candidate's event time lies in the quiet hours (local time of the configured zone). */
    QUIET_HOURS,
    /** The vehicle already got the most offers the rolling per-vehicle window allows. */
    VEHICLE_CAP,
    /** The vehicle already got the most offers of this campaign the rolling per-campaign window allows. */
    CAMPAIGN_CAP
}
