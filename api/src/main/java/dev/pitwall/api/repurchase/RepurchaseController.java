package dev.pitwall.api.repurchase;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.engagement.repurchase.RepurchaseBand;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent, then asks {@link RepurchaseService}. */
@RestController
class RepurchaseController implements RepurchaseApi {

    static final String BAND_EXPECTED = "one or more of " + Arrays.stream(RepurchaseBand.values()).map(Enum::name)
            .collect(Collectors.joining(", ")) + ", separated by commas";

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
        Set<RepurchaseBand> bands = bands(band);
        return repurchase.candidates(bands, PageQuery.of(page, size, api.paging()));
    }

    /** Band names in any case, comma-separated or repeated; empty for all bands. */
    static Set<RepurchaseBand> bands(List<String> values) {
        Set<RepurchaseBand> bands = EnumSet.noneOf(RepurchaseBand.class);
        if (values == null) {
            return bands;
        }
        for (String value : values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList()) {
            try {
                bands.add(RepurchaseBand.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("band", BAND_EXPECTED, value);
            }
        }
        return bands;
    }
}
