package dev.pitwall.core.poi;

/** What a point of interest is, as far as leads and offers care. */
public enum PoiKind {
    WORKSHOP,
    DEALER,
    FUEL_STATION,
    CHARGING_STATION
}
