package dev.pitwall.core.poi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.core.json.JsonErrorLocation;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the POI file format (docs/points-of-interest.md) into validated records. Anything wrong stops the load
 * with a message naming the file, the POI (index and id) and the field, so a bad feed never half-loads.
 */
final class PoiFileReader {

    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat",
            DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private PoiFileReader() {
    }

    static List<PointOfInterest> read(InputStream json, String source) {
        String prefix = "POI file " + source + ": ";
        FileJson file;
        try {
            file = MAPPER.readValue(json, FileJson.class);
        } catch (JsonProcessingException e) {
            throw new InvalidPoiException(prefix + e.getOriginalMessage() + JsonErrorLocation.of(e), e);
        } catch (IOException e) {
            throw new InvalidPoiException(prefix + "cannot read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new InvalidPoiException(prefix + "the file is empty");
        }
        if (!Objects.equals(file.version(), VERSION)) {
            throw new InvalidPoiException(prefix + "version: expected " + VERSION + ", got " + file.version());
        }
        if (file.pois() == null) {
            throw new InvalidPoiException(prefix + "pois: expected a list of points of interest");
        }
        List<PointOfInterest> pois = new ArrayList<>();
        for (int i = 0; i < file.pois().size(); i++) {
            PoiJson poi = file.pois().get(i);
            String where = prefix + "pois[" + i + "]" + (poi == null || poi.id() == null ? "" : " '" + poi.id() + "'");
            if (poi == null) {
                throw new InvalidPoiException(where + ": expected a point of interest, got null");
            }
            try {
                pois.add(poi(poi));
            } catch (InvalidPoiException e) {
                // the record's message starts with "POI 'id': "; the file position replaces it
                String message = e.getMessage().replaceFirst("^POI '[^']*': ", "").replaceFirst("^POI: ", "");
                throw new InvalidPoiException(where + ": " + message, e);
            }
        }
        return pois;
    }

    private static PointOfInterest poi(PoiJson json) {
        if (json.latitude() == null) {
            throw new InvalidPoiException("latitude: expected -90..90 degrees, got nothing");
        }
        if (json.longitude() == null) {
            throw new InvalidPoiException("longitude: expected -180..180 degrees, got nothing");
        }
        PoiKind kind = null;
        if (json.kind() != null) {
            try {
                kind = PoiKind.valueOf(json.kind());
            } catch (IllegalArgumentException e) {
                throw new InvalidPoiException("kind: expected one of " + Arrays.toString(PoiKind.values()) + ", got '"
                        + json.kind() + "'");
            }
        }
        Set<String> services = json.services() == null ? Set.of() : new LinkedHashSet<>(json.services());
        return new PointOfInterest(json.id(), kind, json.name(), json.brand(), json.latitude(), json.longitude(),
                openingHours(json.openingHours()), services, Boolean.TRUE.equals(json.partner()));
    }

    private static OpeningHours openingHours(Map<String, Object> json) {
        if (json == null) {
            throw new InvalidPoiException("openingHours: expected opening hours with a timeZone");
        }
        Object zoneText = json.get("timeZone");
        if (!(zoneText instanceof String)) {
            throw new InvalidPoiException("openingHours.timeZone: expected a time zone such as 'Europe/Berlin', got "
                    + zoneText);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of((String) zoneText);
        } catch (DateTimeException e) {
            throw new InvalidPoiException("openingHours.timeZone: expected a time zone such as 'Europe/Berlin', got '"
                    + zoneText + "'");
        }
        if (json.size() == 2 && Boolean.TRUE.equals(json.get("alwaysOpen"))) {
            return OpeningHours.alwaysOpen(zone);
        }
        Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            String key = entry.getKey();
            if (key.equals("timeZone")) {
                continue;
            }
            DayOfWeek day = DAYS.get(key);
            if (day == null) {
                throw new InvalidPoiException("openingHours." + key + ": expected timeZone, alwaysOpen (alone) or "
                        + "a weekday mon, tue, wed, thu, fri, sat, sun");
            }
            if (!(entry.getValue() instanceof List<?> texts)) {
                throw new InvalidPoiException("openingHours." + key + ": expected a list of intervals such as "
                        + "[\"08:00-12:00\", \"13:00-18:00\"], got " + entry.getValue());
            }
            List<OpeningInterval> intervals = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Object text = texts.get(i);
                try {
                    intervals.add(OpeningInterval.parse(text instanceof String s ? s : String.valueOf(text)));
                } catch (InvalidPoiException e) {
                    throw new InvalidPoiException("openingHours." + key + "[" + i + "]: " + e.getMessage(), e);
                }
            }
            week.put(day, intervals);
        }
        return new OpeningHours(zone, week);
    }

    record FileJson(Integer version, String about, List<PoiJson> pois) {
    }

    record PoiJson(String id, String kind, String name, String brand, Double latitude, Double longitude,
            Boolean partner, List<String> services, Map<String, Object> openingHours) {
    }
}
