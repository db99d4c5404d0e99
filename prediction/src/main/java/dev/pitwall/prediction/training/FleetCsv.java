package dev.pitwall.prediction.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code fleet.csv}: {@code vin,model,region,climate,driving_style,age_days_at_start[,...]}. */
public final class FleetCsv {

    static final List<String> COLUMNS = List.of("vin", "model", "region", "climate", "driving_style", "age_days_at_start");

    private FleetCsv() {
    }

    public static List<FleetVehicle> read(Path file) {
        CsvTable table = CsvTable.read(file, COLUMNS);
        List<FleetVehicle> vehicles = new ArrayList<>(table.size());
        for (int r = 0; r < table.size(); r++) {
            int age;
            try {
                age = (int) Math.round(Double.parseDouble(table.get(r, "age_days_at_start")));
            } catch (NumberFormatException e) {
                throw new HistoryInputException(table.where(r) + ": age_days_at_start: expected a number of days, got '"
                        + table.get(r, "age_days_at_start") + "'");
            }
            Map<String, String> extra = new LinkedHashMap<>();
            for (String column : table.header()) {
                if (!COLUMNS.contains(column)) {
                    extra.put(column, table.get(r, column));
                }
            }
            vehicles.add(new FleetVehicle(table.get(r, "vin"), table.get(r, "model"), table.get(r, "region"),
                    table.get(r, "climate"), table.get(r, "driving_style"), age, extra));
        }
        return vehicles;
    }
}
