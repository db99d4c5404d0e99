package dev.pitwall.api.poi;

import dev.pitwall.api.web.NearParameter;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiMatch;
import dev.pitwall.core.poi.PointOfInterest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Answers POI queries from the catalog loaded at start-up: the whole catalog in id order, or core's
 * {@code PoiIndex.within} nearest first. {@code openNow} is judged at the app's {@link Clock}, once per request so
 * that every item of a page is judged at the same instant.
 */
@Service
class PoiService {

    private final PoiCatalog catalog;
    private final Clock clock;

    PoiService(PoiCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    Page<Poi> list(PoiQuery query, PageQuery page) {
        Instant now = clock.instant();
        List<Poi> all;
        if (query.near() == null) {
            all = catalog.pois().stream()
                    .filter(query::matches)
                    .sorted(Comparator.comparing(PointOfInterest::id))
                    .map(poi -> Poi.of(poi, now, null))
                    .toList();
        } else {
            NearParameter near = query.near();
            List<PoiMatch> matches = catalog.index().within(near.latitude(), near.longitude(), near.radiusKm(),
                    query.filter());
            all = matches.stream()
                    .filter(match -> query.matchesPartner(match.poi()))
                    .map(match -> Poi.of(match.poi(), now, match.distanceKm()))
                    .toList();
        }
        return Page.of(slice(all, page), page, all.size());
    }

    Optional<Poi> byId(String id) {
        return catalog.byId(id).map(poi -> Poi.of(poi, clock.instant(), null));
    }

    private static <T> List<T> slice(List<T> all, PageQuery page) {
        long from = Math.min(page.offset(), all.size());
        long to = Math.min(from + page.size(), all.size());
        return all.subList((int) from, (int) to);
    }
}
