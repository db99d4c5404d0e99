package dev.pitwall.core.poi;

/** A query result: the POI and its great-circle distance from the query point. */
public record PoiMatch(PointOfInterest poi, double distanceKm) {
}
