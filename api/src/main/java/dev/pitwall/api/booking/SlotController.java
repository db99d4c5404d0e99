package dev.pitwall.api.booking;

import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.NearParameter;
import dev.pitwall.engagement.booking.SlotOrder;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.RestController;

/** Validates the search parameters against pitwall.booking's limits, then asks {@link SlotService}. */
@RestController
class SlotController implements SlotApi {

    /** The point the message of a bad {@code near} shows (Munich, where the sample workshops are). */
    private static final String NEAR_EXAMPLE = "48.137,11.575";
    static final String SORT_EXPECTED = "earliest or nearest";

    private final SlotService slots;
    private final BookingProperties properties;

    SlotController(SlotService slots, BookingProperties properties) {
        this.slots = slots;
        this.properties = properties;
    }

    @Override
    public SlotSearch slots(List<String> service, String near, String radiusKm, String from, Integer days,
            String courtesyCar, String sort, Integer limit) {
        NearParameter point = NearParameter.of(near, radiusKm, properties, NEAR_EXAMPLE);
        if (point == null) {
            throw new InvalidParameterException("near", NearParameter.expected(NEAR_EXAMPLE), near);
        }
        return slots.search(point, order(sort), SlotQuery.of(service, from, days, courtesyCar, limit, properties));
    }

    @Override
    public WorkshopSlots workshopSlots(String workshopId, List<String> service, String from, Integer days,
            String courtesyCar, Integer limit) {
        return slots.workshopSlots(workshopId, SlotQuery.of(service, from, days, courtesyCar, limit, properties));
    }

    private static SlotOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return SlotOrder.EARLIEST;
        }
        try {
            return SlotOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("sort", SORT_EXPECTED, sort);
        }
    }
}
