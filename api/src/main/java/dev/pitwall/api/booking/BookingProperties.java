package dev.pitwall.api.booking;

import dev.pitwall.api.web.NearParameter;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.engagement.booking.BookingRules;
import dev.pitwall.engagement.booking.ServiceDurations;
import dev.pitwall.engagement.booking.WorkshopCapacity;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Maintenance booking ({@code pitwall.booking.*}). The defaults are written in application.yml, the one place for
 * them; a missing or invalid value stops the API at start-up with a message naming the property.
 *
 * @param defaultBays         bays of a workshop without a workshop_capacity row
 * @param defaultCourtesyCars courtesy cars of a workshop without a workshop_capacity row
 * @param leadTime            no slot starts sooner than this after now
 * @param maxHorizon          no slot starts later than this after now
 * @param slotGranularity     slots start at each opening time and every slot-granularity after it
 * @param defaultSearchDays   local days a slot search covers when the caller gives no {@code days}
 * @param maxSearchDays       the most {@code days} a caller may ask for
 * @param defaultSlotLimit    slots one search answers when the caller gives no {@code limit}
 * @param maxSlotLimit        the largest {@code limit} a caller may ask for
 * @param defaultRadiusKm     how far around {@code near} a search across workshops looks without {@code radiusKm}
 * @param maxRadiusKm         the largest {@code radiusKm} a caller may ask for
 * @param serviceDurations    minutes per service type, every one of core's service items
 */
@ConfigurationProperties("pitwall.booking")
public record BookingProperties(
        Integer defaultBays,
        Integer defaultCourtesyCars,
        Duration leadTime,
        Duration maxHorizon,
        Duration slotGranularity,
        Integer defaultSearchDays,
        Integer maxSearchDays,
        Integer defaultSlotLimit,
        Integer maxSlotLimit,
        double defaultRadiusKm,
        double maxRadiusKm,
        Map<ServiceItem, Duration> serviceDurations) implements NearParameter.Limits {

    static final String PREFIX = "pitwall.booking";

    public BookingProperties {
        require("default-bays", defaultBays);
        require("default-courtesy-cars", defaultCourtesyCars);
        require("lead-time", leadTime);
        require("max-horizon", maxHorizon);
        require("slot-granularity", slotGranularity);
        require("default-search-days", defaultSearchDays);
        require("max-search-days", maxSearchDays);
        require("default-slot-limit", defaultSlotLimit);
        require("max-slot-limit", maxSlotLimit);
        require("service-durations", serviceDurations);
        NearParameter.Limits.requireValid(PREFIX, defaultRadiusKm, maxRadiusKm);
        if (defaultSearchDays < 1 || defaultSearchDays > maxSearchDays) {
            throw new IllegalArgumentException(PREFIX + ".default-search-days: expected 1 to max-search-days ("
                    + maxSearchDays + "), got " + defaultSearchDays);
        }
        if (defaultSlotLimit < 1 || defaultSlotLimit > maxSlotLimit) {
            throw new IllegalArgumentException(PREFIX + ".default-slot-limit: expected 1 to max-slot-limit ("
                    + maxSlotLimit + "), got " + defaultSlotLimit);
        }
        // the domain checks the rest and names what is wrong; the prefix says where to fix it
        try {
            new WorkshopCapacity(defaultBays, defaultCourtesyCars);
            new BookingRules(leadTime, maxHorizon, slotGranularity, maxSearchDays);
            new ServiceDurations(serviceDurations);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + ": " + e.getMessage(), e);
        }
    }

    /** The capacity of a workshop without a workshop_capacity row. */
    public WorkshopCapacity defaultCapacity() {
        return new WorkshopCapacity(defaultBays, defaultCourtesyCars);
    }

    public BookingRules rules() {
        return new BookingRules(leadTime, maxHorizon, slotGranularity, maxSearchDays);
    }

    public ServiceDurations durations() {
        return new ServiceDurations(serviceDurations);
    }

    private static void require(String property, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(PREFIX + "." + property + ": expected a value (application.yml "
                    + "has the default), got none");
        }
    }
}
