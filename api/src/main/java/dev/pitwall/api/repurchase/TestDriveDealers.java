package dev.pitwall.api.repurchase;

import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiFilter;
import dev.pitwall.core.poi.PoiKind;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a test drive could be booked: the DEALER points of interest nearest to a vehicle's last position, from the
 * POI catalog the API serves (core's {@code PoiIndex}), within {@code pitwall.repurchase.dealer-max-distance-km}.
 * Booking itself goes through the maintenance bookings ({@code POST /api/v1/bookings}).
 */
@Component
class TestDriveDealers {

    private static final PoiFilter DEALERS = PoiFilter.kinds(PoiKind.DEALER);

    private final PoiCatalog catalog;
    private final int count;
    private final double maxDistanceKm;

    TestDriveDealers(PoiCatalog catalog, RepurchaseProperties properties) {
        this.catalog = catalog;
        this.count = properties.dealers();
        this.maxDistanceKm = properties.dealerMaxDistanceKm();
    }

    /** The nearest dealers of any brand, nearest first (ties by id). */
    List<Dealer> nearest(double latitude, double longitude) {
        return catalog.index().nearest(latitude, longitude, DEALERS, count, maxDistanceKm).stream()
                .map(Dealer::of).toList();
    }

    /** The nearest dealer of {@code brand} (ignoring case), if one is within reach. */
    Optional<Dealer> nearestOf(String brand, double latitude, double longitude) {
        return catalog.index().nearest(latitude, longitude, DEALERS.withBrands(brand), 1, maxDistanceKm).stream()
                .findFirst().map(Dealer::of);
    }
}
