package dev.pitwall.core.poi;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which POIs a query wants; every condition that is set must hold. Empty sets and nulls mean "any".
 *
 * @param kinds    kinds to keep; empty = all kinds
 * @param brands   brands to keep, compared ignoring case; empty = all brands
 * @param services tags the POI must all offer; empty = no requirement
 * @param partnerOnly whether only partners count
 * @param openAt   an instant at which the POI must be open, or null for any time
 */
public record PoiFilter(Set<PoiKind> kinds, Set<String> brands, Set<String> services, boolean partnerOnly,
        Instant openAt) implements Predicate<PointOfInterest> {

    private static final PoiFilter ANY = new PoiFilter(Set.of(), Set.of(), Set.of(), false, null);

    public PoiFilter {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        brands = brands == null ? Set.of()
                : brands.stream().map(b -> b.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        services = services == null ? Set.of() : Set.copyOf(services);
    }

    /** No conditions. */
    public static PoiFilter any() {
        return ANY;
    }

    /** Only these kinds. */
    public static PoiFilter kinds(PoiKind first, PoiKind... more) {
        return ANY.withKinds(EnumSet.of(first, more));
    }

    public PoiFilter withKinds(Set<PoiKind> newKinds) {
        return new PoiFilter(newKinds, brands, services, partnerOnly, openAt);
    }

    public PoiFilter withBrands(String... newBrands) {
        return new PoiFilter(kinds, Set.of(newBrands), services, partnerOnly, openAt);
    }

    public PoiFilter withServices(String... required) {
        return new PoiFilter(kinds, brands, Set.of(required), partnerOnly, openAt);
    }

    public PoiFilter partnersOnly() {
        return new PoiFilter(kinds, brands, services, true, openAt);
    }

    public PoiFilter openAt(Instant instant) {
        return new PoiFilter(kinds, brands, services, partnerOnly, instant);
    }

    @Override
    public boolean test(PointOfInterest poi) {
        return (kinds.isEmpty() || kinds.contains(poi.kind()))
                && (brands.isEmpty() || brands.contains(poi.brand().toLowerCase(Locale.ROOT)))
                && poi.services().containsAll(services)
                && (!partnerOnly || poi.partner())
                && (openAt == null || poi.openingHours().isOpenAt(openAt));
    }
}
