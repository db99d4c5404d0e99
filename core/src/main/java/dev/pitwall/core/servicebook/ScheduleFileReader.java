package dev.pitwall.core.servicebook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.core.json.JsonErrorLocation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the schedule file format (see {@code servicebook/schedules.json} and docs/service-book.md) into
 * validated {@link ServiceSchedules}. Everything that is wrong stops the load with a message naming the file,
 * the schedule and the item, so that a bad schedule never reaches a service advisor as a wrong due date.
 */
final class ScheduleFileReader {

    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private ScheduleFileReader() {
    }

    static ServiceSchedules read(InputStream json, String source) {
        FileJson file;
        try {
            file = MAPPER.readValue(json, FileJson.class);
        } catch (JsonProcessingException e) {
            throw new InvalidScheduleException("service schedules from " + source + ": " + e.getOriginalMessage()
                    + JsonErrorLocation.of(e), e);
        } catch (IOException e) {
            throw new InvalidScheduleException("service schedules from " + source + ": cannot read: "
                    + e.getMessage(), e);
        }
        if (file == null) {
            throw new InvalidScheduleException("service schedules from " + source + ": the file is empty");
        }
        String prefix = "service schedules from " + source + ": ";
        if (!Objects.equals(file.version(), VERSION)) {
            throw new InvalidScheduleException(prefix + "version: expected " + VERSION + ", got " + file.version());
        }
        double fraction = file.dueSoonFraction() == null ? 0 : file.dueSoonFraction();
        if (!(fraction > 0 && fraction < 1)) {
            throw new InvalidScheduleException(prefix + "dueSoonFraction: expected more than 0 and less than 1, got "
                    + file.dueSoonFraction());
        }
        if (file.defaultSchedule() == null) {
            throw new InvalidScheduleException(prefix + "default: expected the schedule for vehicles no model "
                    + "schedule matches");
        }
        ServiceSchedule defaultSchedule = schedule(prefix, "default", file.defaultSchedule(), fraction);
        if (!defaultSchedule.wmis().isEmpty() || !defaultSchedule.modelYears().isAny()) {
            throw new InvalidScheduleException(prefix + "default schedule '" + defaultSchedule.id()
                    + "': expected no wmi and no modelYears, it applies to every vehicle no other schedule matches");
        }
        List<ServiceSchedule> models = new ArrayList<>();
        Map<String, String> ids = new HashMap<>(Map.of(defaultSchedule.id(), "default"));
        List<ModelJson> modelJsons = file.models() == null ? List.of() : file.models();
        for (int i = 0; i < modelJsons.size(); i++) {
            ServiceSchedule schedule = schedule(prefix, "models[" + i + "]", modelJsons.get(i), fraction);
            if (schedule.wmis().isEmpty()) {
                throw new InvalidScheduleException(prefix + describe(schedule)
                        + ": wmi: expected at least one WMI (the default schedule is the one without)");
            }
            String clash = ids.put(schedule.id(), "models[" + i + "]");
            if (clash != null) {
                throw new InvalidScheduleException(prefix + describe(schedule) + ": id is already used by " + clash);
            }
            for (ServiceSchedule other : models) {
                for (String wmi : schedule.wmis()) {
                    if (other.wmis().contains(wmi) && other.modelYears().overlaps(schedule.modelYears())) {
                        throw new InvalidScheduleException(prefix + describe(schedule) + ": WMI " + wmi + " with "
                                + schedule.modelYears() + " overlaps " + describe(other) + " (" + other.modelYears()
                                + "); a vehicle must match one schedule at most");
                    }
                }
            }
            models.add(schedule);
        }
        return new ServiceSchedules(defaultSchedule, models);
    }

    private static ServiceSchedule schedule(String prefix, String where, ModelJson json, double fileFraction) {
        if (json == null) {
            throw new InvalidScheduleException(prefix + where + ": expected a schedule, got null");
        }
        String name = "schedule '" + (json.id() == null ? where : json.id()) + "'"
                + (json.model() == null ? "" : " (" + json.model() + ")");
        double fraction = json.dueSoonFraction() != null ? json.dueSoonFraction() : fileFraction;
        List<ScheduledItem> items = new ArrayList<>();
        List<ItemJson> itemJsons = json.items() == null ? List.of() : json.items();
        for (int i = 0; i < itemJsons.size(); i++) {
            items.add(item(prefix + name + ": ", "items[" + i + "]", itemJsons.get(i), fraction));
        }
        ModelYearRange years;
        try {
            years = json.modelYears() == null ? ModelYearRange.ANY
                    : new ModelYearRange(json.modelYears().from(), json.modelYears().to());
            return new ServiceSchedule(json.id(), json.model(), json.wmi() == null ? List.of() : json.wmi(), years,
                    items);
        } catch (IllegalArgumentException e) {
            throw new InvalidScheduleException(prefix + name + ": " + e.getMessage(), e);
        }
    }

    private static ScheduledItem item(String prefix, String where, ItemJson json, double fraction) {
        if (json == null || json.item() == null) {
            throw new InvalidScheduleException(prefix + where + ": expected an item with a name ("
                    + ServiceItem.EXPECTED + ")");
        }
        ServiceItem item = ServiceItem.byName(json.item()).orElseThrow(() -> new InvalidScheduleException(prefix
                + where + ": unknown item '" + json.item() + "', expected " + ServiceItem.EXPECTED));
        MarginJson dueSoon = json.dueSoon() == null ? new MarginJson(null, null, null) : json.dueSoon();
        try {
            return new ScheduledItem(item, json.km(), json.months(), json.engineHours(), dueSoon.km(), dueSoon.days(),
                    dueSoon.engineHours(), json.dueSoonFraction() != null ? json.dueSoonFraction() : fraction);
        } catch (IllegalArgumentException e) {
            throw new InvalidScheduleException(prefix + "item " + item + ": " + e.getMessage(), e);
        }
    }

    private static String describe(ServiceSchedule schedule) {
        return "schedule '" + schedule.id() + "' (" + schedule.model() + ")";
    }

    record FileJson(Integer version, String about, Double dueSoonFraction,
            @JsonProperty("default") ModelJson defaultSchedule, List<ModelJson> models) {
    }

    record ModelJson(String id, String model, List<String> wmi, YearsJson modelYears, Double dueSoonFraction,
            List<ItemJson> items) {
    }

    record YearsJson(Integer from, Integer to) {
    }

    record ItemJson(String item, Double km, Integer months, Double engineHours, MarginJson dueSoon,
            Double dueSoonFraction) {
    }

    record MarginJson(Double km, Integer days, Double engineHours) {
    }
}
