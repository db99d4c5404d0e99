package dev.pitwall.simulator.groundtruth;

import dev.pitwall.simulator.vehicle.FleetMember;
import dev.pitwall.simulator.vehicle.Region;
import dev.pitwall.simulator.vehicle.ScriptedFailure;
import dev.pitwall.simulator.vehicle.VehicleTraits;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code fleet.csv}: one line per vehicle, in vehicle order, written before the simulation starts. The region
 * (four comma-separated degrees) is quoted as RFC 4180 has it; scripted failures are separated by {@code ;}.
 */
public final class FleetDescription {

    public static final String FILE_NAME = "fleet.csv";
    public static final String HEADER = "vin,model,region,climate,driving_style,age_days_at_start,model_year,"
            + "odometer_km_at_start,service_habit,parking_factor,idle_day_probability,vehicle_index,scripted_failures";

    private FleetDescription() {
    }

    public static Path write(Path dir, List<FleetMember> fleet, Region region, List<ScriptedFailure> scripts) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.write('\n');
                for (FleetMember m : fleet) {
                    out.write(line(m, region, scripts));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fleet description to " + file, e);
        }
        return file;
    }

    static String line(FleetMember m, Region region, List<ScriptedFailure> scripts) {
        VehicleTraits t = m.traits();
        String scripted = scripts.stream().filter(s -> s.vehicleIndex() == m.identity().index())
                .map(ScriptedFailure::spec).collect(Collectors.joining(";"));
        return String.join(",", m.identity().vin(), m.identity().model().name(), '"' + region.toString() + '"',
                t.climate().name(), t.drivingStyle().name(), String.valueOf(t.ageDaysAtStart()),
                String.valueOf(m.identity().modelYear()), String.format(Locale.ROOT, "%.1f", t.odometerKmAtStart()),
                t.serviceHabit().name(), String.format(Locale.ROOT, "%.3f", t.parkingFactor()),
                String.format(Locale.ROOT, "%.3f", t.idleDayProbability()), String.valueOf(m.identity().index()), scripted);
    }
}
