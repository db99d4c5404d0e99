package dev.pitwall.core.poi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated, immutable set of points of interest with its spatial index, loaded from a POI file
 * (docs/points-of-interest.md) or built from records another source delivered. Safe to share between threads.
 */
public final class PoiCatalog {

    /** The invented sample POIs around the simulator's default region (Munich). */
    public static final String SAMPLE_RESOURCE = "/poi/sample-pois.json";

    private final Map<String, PointOfInterest> byId;
    private final PoiIndex index;

    private PoiCatalog(Map<String, PointOfInterest> byId) {
        this.byId = byId;
        this.index = new PoiIndex(byId.values());
    }

    /** A catalog of these POIs; ids must be unique. */
    public static PoiCatalog of(Collection<PointOfInterest> pois) {
        Map<String, PointOfInterest> byId = new LinkedHashMap<>();
        Map<String, Integer> position = new HashMap<>();
        int i = 0;
        for (PointOfInterest poi : pois) {
            if (poi == null) {
                throw new InvalidPoiException("pois[" + i + "]: expected a point of interest, got null");
            }
            Integer clash = position.putIfAbsent(poi.id(), i);
            if (clash != null) {
                throw new InvalidPoiException("pois[" + i + "] POI '" + poi.id() + "': id: expected a unique id, "
                        + "already used by pois[" + clash + "]");
            }
            byId.put(poi.id(), poi);
            i++;
        }
        return new PoiCatalog(byId);
    }

    /** Reads and validates a POI file. */
    public static PoiCatalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidPoiException("POI file " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads and validates a POI file on the classpath, e.g. {@link #SAMPLE_RESOURCE}. */
    public static PoiCatalog fromResource(String resource) {
        try (InputStream in = PoiCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidPoiException("POI file " + resource + ": no such resource on the classpath");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new InvalidPoiException("POI file " + resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads and validates POI file content; {@code source} names it in error messages. */
    public static PoiCatalog read(InputStream json, String source) {
        List<PointOfInterest> pois = PoiFileReader.read(json, source);
        try {
            return of(pois);
        } catch (InvalidPoiException e) { // duplicate ids, already named by file position
            throw new InvalidPoiException("POI file " + source + ": " + e.getMessage(), e);
        }
    }

    /** The invented sample POIs ({@link #SAMPLE_RESOURCE}). */
    public static PoiCatalog sample() {
        return fromResource(SAMPLE_RESOURCE);
    }

    /** All POIs in file order. */
    public List<PointOfInterest> pois() {
        return List.copyOf(byId.values());
    }

    public Optional<PointOfInterest> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** The spatial queries over this catalog. */
    public PoiIndex index() {
        return index;
    }
}
