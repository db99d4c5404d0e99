package dev.pitwall.engagement.booking;

/** A slot of one workshop in a search across workshops, with the workshop's distance from the searched point. */
public record WorkshopSlot(String workshopId, double distanceKm, Slot slot) {
}
