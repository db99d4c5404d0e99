package dev.pitwall.api.booking;

import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.DateParameter;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.PointLimit;
import dev.pitwall.core.servicebook.ServiceItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a slot search asks for, read strictly from the query parameters: the services (the visit takes the sum of
 * their durations), the first local date and how many days, whether a courtesy car must be free, and how many
 * slots to answer.
 *
 * @param from the first local date in each workshop's own time zone; null: that workshop's today
 */
record SlotQuery(List<ServiceItem> services, LocalDate from, int days, boolean courtesyCar, int limit) {

    static final String SERVICE_EXPECTED = "one or more service types, separated by commas or repeated, each "
            + ServiceItem.EXPECTED;
    static final String FROM_EXPECTED = "a date such as 2026-02-02 (the first day, in each workshop's time zone)";
    static final String COURTESY_CAR_EXPECTED = "true (only slots with a courtesy car free) or false";

    SlotQuery {
        services = List.copyOf(services);
    }

    static SlotQuery of(List<String> service, String from, Integer days, String courtesyCar, Integer limit,
            BookingProperties properties) {
        int span = days == null ? properties.defaultSearchDays() : days;
        if (span < 1 || span > properties.maxSearchDays()) {
            throw new InvalidParameterException("days", "an integer from 1 to " + properties.maxSearchDays(), span);
        }
        return new SlotQuery(services(service), DateParameter.parse("from", from, FROM_EXPECTED), span,
                courtesyCar(courtesyCar),
                PointLimit.of(limit, properties.defaultSlotLimit(), properties.maxSlotLimit()));
    }

    /** The service names, each once, in the order given; rejects a missing, unknown or repeated one. */
    static List<ServiceItem> services(List<String> service) {
        List<String> names = service == null ? List.of() : service.stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
        List<Violation> violations = new ArrayList<>();
        List<ServiceItem> items = NewBooking.serviceTypes(names, violations);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new InvalidParameterException("service", first.field().equals("serviceTypes") ? SERVICE_EXPECTED
                    : first.expected(), first.actual() == null ? "nothing" : first.actual());
        }
        return items;
    }

    private static boolean courtesyCar(String courtesyCar) {
        if (courtesyCar == null || courtesyCar.isBlank()) {
            return false;
        }
        return switch (courtesyCar.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException("courtesyCar", COURTESY_CAR_EXPECTED, courtesyCar);
        };
    }
}
