package dev.pitwall.engagement.booking;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** How a search across workshops ranks their slots; ties are broken so that the order is always the same. */
public enum SlotOrder {
    /** Soonest first, then the nearer workshop. */
    EARLIEST(Comparator.comparing((WorkshopSlot s) -> s.slot().start())
            .thenComparingDouble(WorkshopSlot::distanceKm)
            .thenComparing(WorkshopSlot::workshopId)),
    /** Nearest workshop first, its slots soonest first. */
    NEAREST(Comparator.comparingDouble(WorkshopSlot::distanceKm)
            .thenComparing(WorkshopSlot::workshopId)
            .thenComparing(s -> s.slot().start()));

    private final Comparator<WorkshopSlot> order;

    SlotOrder(Comparator<WorkshopSlot> order) {
        this.order = order;
    }

    /** The first {@code limit} slots in this order. */
    public List<WorkshopSlot> first(Collection<WorkshopSlot> slots, int limit) {
        return slots.stream().sorted(order).limit(limit).toList();
    }
}
