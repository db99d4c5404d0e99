package dev.pitwall.api.booking;

import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.NearParameter;
import dev.pitwall.core.poi.PoiMatch;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.engagement.booking.ServiceDurations;
import dev.pitwall.engagement.booking.SlotFinder;
import dev.pitwall.engagement.booking.SlotOrder;
import dev.pitwall.engagement.booking.WorkshopCalendar;
import dev.pitwall.engagement.booking.WorkshopSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Free slots: of one workshop, or of the workshops around a point ranked by {@link SlotOrder}. Read-only and
 * without locks: a slot may be gone by the time it is booked, which the booking answers with 409.
 */
@Service
class SlotService {

    private final BookableWorkshops workshops;
    private final WorkshopCalendars calendars;
    private final SlotFinder finder;
    private final ServiceDurations durations;
    private final Clock clock;

    SlotService(BookableWorkshops workshops, WorkshopCalendars calendars, SlotFinder finder,
            ServiceDurations durations, Clock clock) {
        this.workshops = workshops;
        this.calendars = calendars;
        this.finder = finder;
        this.durations = durations;
        this.clock = clock;
    }

    WorkshopSlots workshopSlots(String workshopId, SlotQuery query) {
        PointOfInterest workshop = workshops.require(workshopId);
        for (ServiceItem service : query.services()) {
            if (!workshop.offers(service.name())) {
                throw new InvalidParameterException("service", "services workshop " + workshopId + " offers: "
                        + workshop.services().stream().sorted().collect(Collectors.joining(", ")), service.name());
            }
        }
        Instant now = clock.instant();
        Duration duration = durations.total(query.services());
        LocalDate from = from(query, workshop, now);
        WorkshopCalendar calendar = calendars(List.of(workshop), query, duration, now).get(workshopId);
        List<AvailableSlot> slots = finder.freeSlots(calendar, duration, from, query.days(), query.courtesyCar(),
                now).stream().limit(query.limit()).map(AvailableSlot::of).toList();
        return new WorkshopSlots(workshopId, workshop.openingHours().timeZone().getId(), names(query),
                duration.toMinutes(), from, query.days(), slots);
    }

    SlotSearch search(NearParameter near, SlotOrder sort, SlotQuery query) {
        Instant now = clock.instant();
        Duration duration = durations.total(query.services());
        List<PoiMatch> matches = workshops.near(near, query.services());
        Map<String, WorkshopCalendar> byId = calendars(matches.stream().map(PoiMatch::poi).toList(), query,
                duration, now);
        List<WorkshopSlot> found = new ArrayList<>();
        for (PoiMatch match : matches) {
            PointOfInterest workshop = match.poi();
            double km = Math.round(match.distanceKm() * 100) / 100.0;
            finder.freeSlots(byId.get(workshop.id()), duration, from(query, workshop, now), query.days(),
                    query.courtesyCar(), now).forEach(slot -> found.add(new WorkshopSlot(workshop.id(), km, slot)));
        }
        Map<String, PointOfInterest> pois = matches.stream().map(PoiMatch::poi)
                .collect(Collectors.toMap(PointOfInterest::id, p -> p));
        List<FoundSlot> slots = sort.first(found, query.limit()).stream().map(s -> {
            PointOfInterest workshop = pois.get(s.workshopId());
            return new FoundSlot(s.workshopId(), workshop.name(), s.distanceKm(),
                    workshop.openingHours().timeZone().getId(), s.slot().start(), s.slot().end(),
                    s.slot().freeBays().size(), s.slot().courtesyCarsFree());
        }).toList();
        return new SlotSearch(names(query), duration.toMinutes(), sort, slots);
    }

    /** With the live bookings of every day searched, in any workshop's time zone (a day either side covers all). */
    private Map<String, WorkshopCalendar> calendars(List<PointOfInterest> list, SlotQuery query, Duration duration,
            Instant now) {
        Instant from = query.from() == null ? now : query.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plus(Duration.ofDays(query.days() + 1L)).plus(duration);
        return calendars.of(list, from.minus(Duration.ofDays(1)), to, null);
    }

    private static LocalDate from(SlotQuery query, PointOfInterest workshop, Instant now) {
        return query.from() != null ? query.from() : now.atZone(workshop.openingHours().timeZone()).toLocalDate();
    }

    private static List<String> names(SlotQuery query) {
        return query.services().stream().map(Enum::name).toList();
    }
}
