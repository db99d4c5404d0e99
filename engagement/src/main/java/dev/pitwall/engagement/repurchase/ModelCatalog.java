package dev.pitwall.engagement.repurchase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The models Pitwall can offer, with their prices in one currency, and what is known of today's vehicles by WMI;
 * validated and immutable, loaded from a JSON file (docs/repurchase.md) or the built-in invented sample.
 */
public final class ModelCatalog {

    /** Invented sample models, in the brands of core's sample dealers. */
    public static final String SAMPLE_RESOURCE = "/repurchase/sample-models.json";

    private final String currency;
    private final List<CarModel> models;
    private final Map<String, CurrentVehicle> currentByWmi;

    ModelCatalog(String currency, List<CarModel> models, List<CurrentVehicle> currentVehicles) {
        this.currency = currency;
        this.models = models.stream().sorted(Comparator.comparing(CarModel::id)).toList();
        this.currentByWmi = currentVehicles.stream()
                .collect(Collectors.toUnmodifiableMap(CurrentVehicle::wmi, Function.identity()));
    }

    /** Reads and validates a catalog file. */
    public static ModelCatalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidModelCatalogException("model catalog " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads and validates a catalog on the classpath, e.g. {@link #SAMPLE_RESOURCE}. */
    public static ModelCatalog fromResource(String resource) {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidModelCatalogException("model catalog " + resource + ": no such resource on the "
                        + "classpath");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new InvalidModelCatalogException("model catalog " + resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads and validates catalog content; {@code source} names it in error messages. */
    public static ModelCatalog read(InputStream json, String source) {
        return ModelCatalogReader.read(json, source);
    }

    /** The invented sample ({@link #SAMPLE_RESOURCE}). */
    public static ModelCatalog sample() {
        return fromResource(SAMPLE_RESOURCE);
    }

    /** ISO 4217 code of every price in the catalog. */
    public String currency() {
        return currency;
    }

    /** All models, by id. */
    public List<CarModel> models() {
        return models;
    }

    public Optional<CarModel> byId(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** What the catalog knows of the vehicle with this VIN today, by its first three characters. */
    public Optional<CurrentVehicle> currentVehicle(String vin) {
        return vin == null || vin.length() < 3 ? Optional.empty()
                : Optional.ofNullable(currentByWmi.get(vin.substring(0, 3)));
    }
}
