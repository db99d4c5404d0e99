package dev.pitwall.prediction.training;

import dev.pitwall.core.maintenance.Component;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Reads {@code ground-truth.csv}: {@code vin,model,component,event,time,odometer_km}. */
public final class GroundTruthCsv {

    static final List<String> COLUMNS = List.of("vin", "model", "component", "event", "time", "odometer_km");

    private GroundTruthCsv() {
    }

    /** All events, sorted by vehicle and time. */
    public static List<GroundTruthEvent> read(Path file) {
        CsvTable table = CsvTable.read(file, COLUMNS);
        List<GroundTruthEvent> events = new ArrayList<>(table.size());
        for (int r = 0; r < table.size(); r++) {
            Component component = parseEnum(Component.class, table.get(r, "component"), table.where(r), "component");
            var kind = parseEnum(GroundTruthEvent.Kind.class, table.get(r, "event"), table.where(r), "event");
            Instant time;
            try {
                time = Instant.parse(table.get(r, "time"));
            } catch (DateTimeParseException e) {
                throw new HistoryInputException(table.where(r) + ": time: expected an ISO-8601 UTC instant such as "
                        + "2026-03-01T06:00:00Z, got '" + table.get(r, "time") + "'");
            }
            double odometer;
            try {
                String text = table.get(r, "odometer_km");
                odometer = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new HistoryInputException(table.where(r) + ": odometer_km: expected a number, got '"
                        + table.get(r, "odometer_km") + "'");
            }
            events.add(new GroundTruthEvent(table.get(r, "vin"), table.get(r, "model"), component, kind, time, odometer));
        }
        events.sort(Comparator.comparing(GroundTruthEvent::vin).thenComparing(GroundTruthEvent::time));
        return events;
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String where, String column) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new HistoryInputException(where + ": " + column + ": expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ", got '" + text + "'");
        }
    }
}
