package dev.pitwall.engagement.repurchase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.core.json.JsonErrorLocation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the model catalog format (docs/repurchase.md) into validated records. Anything wrong stops the load with a
 * message naming the source, the entry (index and id) and the field, so a bad file never half-loads.
 */
final class ModelCatalogReader {

    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ModelCatalogReader() {
    }

    static ModelCatalog read(InputStream json, String source) {
        String prefix = "model catalog " + source + ": ";
        FileJson file;
        try {
            file = MAPPER.readValue(json, FileJson.class);
        } catch (JsonProcessingException e) {
            throw new InvalidModelCatalogException(prefix + e.getOriginalMessage() + JsonErrorLocation.of(e), e);
        } catch (IOException e) {
            throw new InvalidModelCatalogException(prefix + "cannot read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new InvalidModelCatalogException(prefix + "the file is empty");
        }
        if (!Objects.equals(file.version(), VERSION)) {
            throw new InvalidModelCatalogException(prefix + "version: expected " + VERSION + ", got " + file.version());
        }
        if (file.currency() == null || !file.currency().matches("[A-Z]{3}")) {
            throw new InvalidModelCatalogException(prefix + "currency: expected an ISO 4217 code such as EUR, got '"
                    + file.currency() + "'");
        }
        if (file.models() == null || file.models().isEmpty()) {
            throw new InvalidModelCatalogException(prefix + "models: expected a non-empty list of models");
        }
        List<CarModel> models = entries(prefix, "models", file.models(), ModelJson::id, ModelCatalogReader::model,
                CarModel::id);
        List<CurrentVehicle> current = file.currentVehicles() == null ? List.of()
                : entries(prefix, "currentVehicles", file.currentVehicles(), CurrentJson::wmi,
                        ModelCatalogReader::current, CurrentVehicle::wmi);
        return new ModelCatalog(file.currency(), models, current);
    }

    /** Converts each entry, naming "list[i] 'key'" in any error, and refuses a key used twice. */
    private static <J, T> List<T> entries(String prefix, String list, List<J> json, Function<J, String> jsonKey,
            Function<J, T> convert, Function<T, String> key) {
        List<T> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < json.size(); i++) {
            J entry = json.get(i);
            String where = prefix + list + "[" + i + "]"
                    + (entry == null || jsonKey.apply(entry) == null ? "" : " '" + jsonKey.apply(entry) + "'");
            if (entry == null) {
                throw new InvalidModelCatalogException(where + ": expected an entry, got null");
            }
            T value;
            try {
                value = convert.apply(entry);
            } catch (InvalidModelCatalogException e) {
                throw new InvalidModelCatalogException(where + ": " + e.getMessage(), e);
            }
            Integer clash = seen.putIfAbsent(key.apply(value), i);
            if (clash != null) {
                throw new InvalidModelCatalogException(where + ": expected a unique key, already used by " + list + "["
                        + clash + "]");
            }
            result.add(value);
        }
        return result;
    }

    private static CarModel model(ModelJson json) {
        return new CarModel(json.id(), json.name(), json.brand(),
                constant(BodyType.class, "bodyType", json.bodyType()),
                constant(Powertrain.class, "powertrain", json.powertrain()),
                json.electricRangeKm() == null ? 0 : json.electricRangeKm(),
                required("seats", json.seats()), json.monthlyPrice(),
                constant(MarketSegment.class, "segment", json.segment()));
    }

    private static CurrentVehicle current(CurrentJson json) {
        return new CurrentVehicle(json.wmi(), json.brand(), constant(MarketSegment.class, "segment", json.segment()));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        if (value == null) {
            return null; // the record names what is missing
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelCatalogException(field + ": expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ", got '" + value + "'");
        }
    }

    private static int required(String field, Integer value) {
        if (value == null) {
            throw new InvalidModelCatalogException(field + ": expected a number, got nothing");
        }
        return value;
    }

    record FileJson(Integer version, String about, String currency, List<ModelJson> models,
            List<CurrentJson> currentVehicles) {
    }

    record ModelJson(String id, String name, String brand, String bodyType, String powertrain, Integer electricRangeKm,
            Integer seats, BigDecimal monthlyPrice, String segment) {
    }

    record CurrentJson(String wmi, String brand, String segment) {
    }
}
