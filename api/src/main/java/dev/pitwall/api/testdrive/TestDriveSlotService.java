package dev.pitwall.api.testdrive;

import dev.pitwall.api.repurchase.Dealer;
import dev.pitwall.api.repurchase.TestDriveDealers;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.engagement.booking.SlotFinder;
import dev.pitwall.engagement.booking.SlotOrder;
import dev.pitwall.engagement.booking.WorkshopCalendar;
import dev.pitwall.engagement.booking.WorkshopSlot;
import dev.pitwall.engagement.repurchase.CarModel;
import dev.pitwall.engagement.repurchase.ModelCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Free test-drive slots of one model at the dealers of its brand nearest to a vehicle's last position. Read-only and
 * without locks: a slot may be gone by the time it is booked, which the booking answers with 409.
 */
@Service
class TestDriveSlotService {

    private final VehicleAccess access;
    private final TestDriveRepository repository;
    private final ModelCatalog catalog;
    private final TestDriveDealers dealers;
    private final DemoCarCalendars calendars;
    private final SlotFinder finder;
    private final TestDriveProperties properties;
    private final Clock clock;

    TestDriveSlotService(VehicleAccess access, TestDriveRepository repository, ModelCatalog catalog,
            TestDriveDealers dealers, DemoCarCalendars calendars, SlotFinder finder, TestDriveProperties properties,
            Clock clock) {
        this.access = access;
        this.repository = repository;
        this.catalog = catalog;
        this.dealers = dealers;
        this.calendars = calendars;
        this.finder = finder;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param from the first local date in each dealer's time zone; null: that dealer's today
     * @throws VehicleNotFoundException when the caller may not act on the vehicle, before anything else is checked
     */
    TestDriveSlots search(Caller caller, String vin, String modelId, LocalDate from, int days, SlotOrder sort,
            int limit) {
        if (!access.permits(caller, vin)) {
            throw new VehicleNotFoundException(vin);
        }
        CarModel model = model(catalog, modelId);
        TestDriveRepository.Position position = repository.position(vin)
                .orElseThrow(() -> TestDriveConflictException.noPosition(vin));
        Map<String, Dealer> nearest = new LinkedHashMap<>();
        dealers.allNearestOf(model.brand(), position.latitude(), position.longitude())
                .forEach(dealer -> nearest.put(dealer.poiId(), dealer));
        List<PointOfInterest> pois = nearest.keySet().stream()
                .map(id -> dealers.dealerOf(id, model.brand()).orElseThrow()).toList();

        Instant now = clock.instant();
        Duration duration = properties.duration();
        Instant windowStart = from == null ? now : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        // a day either side covers every dealer's time zone
        Map<String, WorkshopCalendar> byDealer = calendars.of(pois, model.id(),
                windowStart.minus(Duration.ofDays(1)), windowStart.plus(Duration.ofDays(days + 1L)).plus(duration));
        List<WorkshopSlot> found = new ArrayList<>();
        for (PointOfInterest dealer : pois) {
            LocalDate first = from != null ? from : now.atZone(dealer.openingHours().timeZone()).toLocalDate();
            double km = nearest.get(dealer.id()).distanceKm();
            finder.freeSlots(byDealer.get(dealer.id()), duration, first, days, false, now)
                    .forEach(slot -> found.add(new WorkshopSlot(dealer.id(), km, slot)));
        }
        Map<String, PointOfInterest> byId = pois.stream().collect(Collectors.toMap(PointOfInterest::id, p -> p));
        List<TestDriveSlot> slots = sort.first(found, limit).stream().map(s -> {
            PointOfInterest dealer = byId.get(s.workshopId());
            return new TestDriveSlot(dealer.id(), dealer.name(), s.distanceKm(),
                    dealer.openingHours().timeZone().getId(), s.slot().start(), s.slot().end(),
                    s.slot().freeBays().size());
        }).toList();
        return new TestDriveSlots(vin, model.id(), model.name(), model.brand(), duration.toMinutes(), days, sort,
                slots);
    }

    /** The catalog's model; rejects an unknown id naming the {@code model} parameter and the ids there are. */
    static CarModel model(ModelCatalog catalog, String modelId) {
        return catalog.byId(modelId == null ? "" : modelId.strip()).orElseThrow(() -> new InvalidParameterException(
                "model", "the id of a model in the model catalog: " + catalog.models().stream().map(CarModel::id)
                        .collect(Collectors.joining(", ")), modelId == null ? "nothing" : modelId));
    }
}
