package dev.pitwall.engagement.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotOrderTest {

    static WorkshopSlot slot(String workshop, double km, String start) {
        Instant at = Instant.parse(start);
        return new WorkshopSlot(workshop, km, new Slot(at, at.plusSeconds(3600), List.of(1), 0));
    }

    static final WorkshopSlot NEAR_LATE = slot("ws-near", 1.2, "2026-01-12T10:00:00Z");
    static final WorkshopSlot NEAR_EARLY = slot("ws-near", 1.2, "2026-01-12T08:00:00Z");
    static final WorkshopSlot FAR_EARLY = slot("ws-far", 9.5, "2026-01-12T08:00:00Z");
    static final WorkshopSlot FAR_SOONEST = slot("ws-far", 9.5, "2026-01-12T07:00:00Z");
    static final WorkshopSlot TWIN_EARLY = slot("ws-twin", 1.2, "2026-01-12T08:00:00Z");
    static final List<WorkshopSlot> ALL = List.of(NEAR_LATE, TWIN_EARLY, FAR_EARLY, NEAR_EARLY, FAR_SOONEST);

    @Test
    void earliestPutsTheSoonestFirstAndTheNearerOfTwoAtOnce() {
        assertThat(SlotOrder.EARLIEST.first(ALL, 10))
                .containsExactly(FAR_SOONEST, NEAR_EARLY, TWIN_EARLY, FAR_EARLY, NEAR_LATE);
    }

    @Test
    void nearestPutsTheNearestWorkshopFirstWithItsSlotsInTimeOrder() {
        assertThat(SlotOrder.NEAREST.first(ALL, 10))
                .containsExactly(NEAR_EARLY, NEAR_LATE, TWIN_EARLY, FAR_SOONEST, FAR_EARLY);
    }

    @Test
    void keepsOnlyTheFirstLimit() {
        assertThat(SlotOrder.NEAREST.first(ALL, 2)).containsExactly(NEAR_EARLY, NEAR_LATE);
    }
}
