package dev.pitwall.api.repurchase;

import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiFilter;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PointOfInterest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a test drive could be booked: the DEALER points of interest nearest to a vehicle's last position, from the
 * POI catalog the API serves (core's {@code PoiIndex}), within {@code pitwall.repurchase.dealer-max-distance-km}.
 * Test drives there are booked with {@code POST /api/v1/test-drives} (package {@code dev.pitwall.api.testdrive}).
 */
@Component
public class TestDriveDealers {

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
        return nearestOf(brand, latitude, longitude, 1).stream().findFirst();
    }

    /** The configured number of dealers of {@code brand} (ignoring case) within reach, nearest first (ties by id). */
    public List<Dealer> allNearestOf(String brand, double latitude, double longitude) {
        return nearestOf(brand, latitude, longitude, count);
    }

    /** The DEALER {@code dealerId}, wherever it is. */
    public Optional<PointOfInterest> dealer(String dealerId) {
        return catalog.byId(dealerId).filter(DEALERS);
    }

    /** The DEALER {@code dealerId} if it sells {@code brand} (ignoring case), wherever it is. */
    public Optional<PointOfInterest> dealerOf(String dealerId, String brand) {
        return catalog.byId(dealerId).filter(DEALERS.withBrands(brand));
    }

    private List<Dealer> nearestOf(String brand, double latitude, double longitude, int limit) {
        return catalog.index().nearest(latitude, longitude, DEALERS.withBrands(brand), limit, maxDistanceKm).stream()
                .map(Dealer::of).toList();
    }
}
