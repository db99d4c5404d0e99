package dev.pitwall.api.repurchase;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.EnumListParameter;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.engagement.repurchase.RepurchaseBand;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent, then asks {@link RepurchaseService}. */
@RestController
class RepurchaseController implements RepurchaseApi {

    private final RepurchaseService repurchase;
    private final ApiProperties api;

    RepurchaseController(RepurchaseService repurchase, ApiProperties api) {
        this.repurchase = repurchase;
        this.api = api;
    }

    @Override
    public RepurchaseRecommendation recommendation(String vin) {
        VinParameter.require(vin);
        return repurchase.recommendation(Caller.current(), vin).orElseThrow(() -> new VehicleNotFoundException(vin));
    }

    @Override
    public Page<RepurchaseCandidate> candidates(List<String> band, Integer page, Integer size) {
        Set<RepurchaseBand> bands = EnumListParameter.parse("band", band, RepurchaseBand.class);
        return repurchase.candidates(bands, PageQuery.of(page, size, api.paging()));
    }
}
