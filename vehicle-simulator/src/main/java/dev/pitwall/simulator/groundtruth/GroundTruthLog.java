package dev.pitwall.simulator.groundtruth;

import dev.pitwall.simulator.vehicle.MaintenanceEvent;
import dev.pitwall.simulator.vehicle.MaintenanceListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code ground-truth.csv}: one line per failure, repair and service, flushed as it is written so that a long
 * run can be read while it runs. Header {@code vin,model,component,event,time,odometer_km}; {@code model} and
 * {@code component} are enum names, {@code event} FAILURE, REPAIR or SERVICE, {@code time} an ISO-8601 UTC
 * instant, {@code odometer_km} the true odometer with one decimal. Thread-safe.
 */
public final class GroundTruthLog implements MaintenanceListener, AutoCloseable {

    public static final String FILE_NAME = "ground-truth.csv";
    public static final String HEADER = "vin,model,component,event,time,odometer_km";

    private final Path file;
    private final BufferedWriter out;
    private long events;

    private GroundTruthLog(Path file) throws IOException {
        this.file = file;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.write('\n');
        out.flush();
    }

    /** Creates (or replaces) {@code dir/ground-truth.csv}, creating {@code dir} if needed. */
    public static GroundTruthLog create(Path dir) {
        try {
            Files.createDirectories(dir);
            return new GroundTruthLog(dir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ground truth to " + dir.resolve(FILE_NAME), e);
        }
    }

    /** Writes and flushes one event. */
    @Override
    public synchronized void on(MaintenanceEvent event) {
        try {
            write(event);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file, e);
        }
    }

    /** Writes a batch in the given order and flushes once. */
    public synchronized void onAll(List<MaintenanceEvent> batch) {
        try {
            for (MaintenanceEvent event : batch) {
                write(event);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file, e);
        }
    }

    public synchronized long events() {
        return events;
    }

    public Path file() {
        return file;
    }

    static String line(MaintenanceEvent e) {
        return e.vin() + ',' + e.model().name() + ',' + e.component().name() + ',' + e.kind().name() + ','
                + e.time() + ',' + String.format(Locale.ROOT, "%.1f", e.odometerKm());
    }

    private void write(MaintenanceEvent event) throws IOException {
        out.write(line(event));
        out.write('\n');
        events++;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
