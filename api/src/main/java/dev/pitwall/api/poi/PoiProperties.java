package dev.pitwall.api.poi;

import dev.pitwall.api.web.NearParameter;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the points of interest come from and how far a caller may search ({@code pitwall.pois.*}). The defaults
 * are written here, next to what they mean, as the lead and service-book endpoints do with theirs; override them
 * like any property ({@code PITWALL_POIS_FILE=/data/pois.json}, {@code --pitwall.pois.max-radius-km=300}).
 *
 * @param file            a POI file in core's format (docs/points-of-interest.md), the same the stream job reads
 *                        with {@code --poi-file}; empty: core's built-in invented sample ({@code PoiCatalog.sample()})
 * @param defaultRadiusKm how far around {@code near} to look when the caller gives no {@code radiusKm}
 * @param maxRadiusKm     the largest {@code radiusKm} a caller may ask for
 */
@ConfigurationProperties("pitwall.pois")
public record PoiProperties(
        @DefaultValue("") String file,
        @DefaultValue("10") double defaultRadiusKm,
        @DefaultValue("500") double maxRadiusKm) implements NearParameter.Limits {

    public PoiProperties {
        file = file == null ? "" : file.strip();
        NearParameter.Limits.requireValid("pitwall.pois", defaultRadiusKm, maxRadiusKm);
    }

    /** The configured POI file; empty when the built-in sample is meant. */
    public Optional<Path> filePath() {
        return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
    }
}
