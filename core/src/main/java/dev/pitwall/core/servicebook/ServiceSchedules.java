package dev.pitwall.core.servicebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Every maintenance schedule Pitwall knows and the rule that picks one for a vehicle: the schedule whose WMIs
 * contain the VIN's first three characters and whose model years contain the VIN's model year
 * ({@link VinModelYear}); when the year code is unreadable, only a schedule for any model year matches; when
 * nothing matches, the default schedule. At most one schedule can match: overlapping model years for one WMI are
 * rejected at load.
 */
public final class ServiceSchedules {

    /** The schedules shipped with Pitwall (illustrative intervals, see docs/service-book.md). */
    public static final String BUILT_IN = "/servicebook/schedules.json";

    private final ServiceSchedule defaultSchedule;
    private final List<ServiceSchedule> models;

    ServiceSchedules(ServiceSchedule defaultSchedule, List<ServiceSchedule> models) {
        this.defaultSchedule = Objects.requireNonNull(defaultSchedule, "defaultSchedule");
        this.models = List.copyOf(models);
    }

    /** The schedules shipped in this jar. */
    public static ServiceSchedules builtIn() {
        try (InputStream in = ServiceSchedules.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new InvalidScheduleException("service schedules: classpath resource " + BUILT_IN + " is missing");
            }
            return parse(in, "classpath:" + BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + BUILT_IN, e);
        }
    }

    /** Schedules from a file in the format of the built-in one (an operator's own schedules). */
    public static ServiceSchedules load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new InvalidScheduleException("service schedules: cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates schedules; {@code source} names them in error messages.
     *
     * @throws InvalidScheduleException naming the source, the schedule and the item that is wrong
     */
    public static ServiceSchedules parse(InputStream json, String source) {
        return ScheduleFileReader.read(json, source);
    }

    /** The schedule for the vehicle with this VIN; the default one for WMIs and model years no schedule names. */
    public ServiceSchedule forVin(String vin) {
        if (vin == null || vin.length() < 3) {
            return defaultSchedule;
        }
        String wmi = vin.substring(0, 3);
        OptionalInt year = VinModelYear.of(vin);
        return models.stream()
                .filter(s -> s.wmis().contains(wmi))
                .filter(s -> year.isPresent() ? s.modelYears().contains(year.getAsInt()) : s.modelYears().isAny())
                .findFirst()
                .orElse(defaultSchedule);
    }

    public ServiceSchedule defaultSchedule() {
        return defaultSchedule;
    }

    /** The model schedules, in file order, without the default one. */
    public List<ServiceSchedule> models() {
        return models;
    }
}
