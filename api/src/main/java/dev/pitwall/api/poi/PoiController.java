package dev.pitwall.api.poi;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.ResourceNotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent against the API's limits, then asks {@link PoiService}. */
@RestController
class PoiController implements PoiApi {

    private final PoiService pois;
    private final ApiProperties api;
    private final PoiProperties limits;

    PoiController(PoiService pois, ApiProperties api, PoiProperties limits) {
        this.pois = pois;
        this.api = api;
        this.limits = limits;
    }

    @Override
    public Page<Poi> pois(String near, String radiusKm, List<String> kind, List<String> brand, List<String> service,
            String partner, String openAt, Integer page, Integer size) {
        PoiQuery query = PoiQuery.of(kind, brand, service, partner, openAt, near, radiusKm, limits);
        return pois.list(query, PageQuery.of(page, size, api.paging()));
    }

    @Override
    public Poi poi(String poiId) {
        return pois.byId(poiId).orElseThrow(() -> new ResourceNotFoundException("point of interest", "poiId", poiId));
    }
}
