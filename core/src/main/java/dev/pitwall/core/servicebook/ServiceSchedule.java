package dev.pitwall.core.servicebook;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A model's maintenance schedule: the items a service book tracks for it and their intervals. Chosen by the
 * VIN's WMI and model year ({@link ServiceSchedules#forVin}); the default schedule has no WMIs.
 */
public record ServiceSchedule(String id, String model, List<String> wmis, ModelYearRange modelYears,
        List<ScheduledItem> items) {

    private static final Pattern WMI = Pattern.compile("[A-HJ-NPR-Z0-9]{3}");

    /** Rejects what would make no sense, with a message that names the field and the value. */
    public ServiceSchedule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: expected a non-empty identifier");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model: expected a non-empty name");
        }
        wmis = List.copyOf(wmis);
        for (String wmi : wmis) {
            if (!WMI.matcher(wmi).matches()) {
                throw new IllegalArgumentException("wmi: expected 3 characters, digits and capital letters except "
                        + "I, O and Q, got '" + wmi + "'");
            }
        }
        modelYears = Objects.requireNonNullElse(modelYears, ModelYearRange.ANY);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items: expected at least one item");
        }
        Set<ServiceItem> seen = EnumSet.noneOf(ServiceItem.class);
        for (ScheduledItem item : items) {
            if (!seen.add(item.item())) {
                throw new IllegalArgumentException("items: " + item.item() + " is listed twice");
            }
        }
    }

    /** The item's interval in this schedule; empty when it does not track the item (e.g. a diesel's spark plugs). */
    public Optional<ScheduledItem> item(ServiceItem item) {
        return items.stream().filter(i -> i.item() == item).findFirst();
    }

    /** The items this schedule tracks, in schedule order. */
    public List<ServiceItem> itemNames() {
        return items.stream().map(ScheduledItem::item).toList();
    }
}
