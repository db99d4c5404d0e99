package dev.pitwall.prediction.training;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A small fleet where only batteries fail, and visibly so: a degrading battery's resting voltage sags by 30 mV a day
 * for the month before it fails; it is replaced two days later. Written in the simulator's history format.
 */
public final class SyntheticFleet {

    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] WMIS = {"WVW", "WBA", "TMB"};

    public final List<Telemetry> telemetry = new ArrayList<>();
    public final List<GroundTruthEvent> truth = new ArrayList<>();
    public final List<String> vins = new ArrayList<>();
    /** VIN to the time its battery fails, for the degrading vehicles. */
    public final java.util.Map<String, Instant> failures = new java.util.LinkedHashMap<>();

    private SyntheticFleet() {
    }

    /**
     * @param vehicles  fleet size; every third vehicle's battery degrades and fails
     * @param days      simulated days; samples every hour, the engine runs from 08:00 to 09:00
     */
    public static SyntheticFleet generate(int vehicles, int days, long seed) {
        SyntheticFleet fleet = new SyntheticFleet();
        Random random = new Random(seed);
        for (int v = 0; v < vehicles; v++) {
            String vin = WMIS[v % WMIS.length] + String.format("ZZZ1KZ%08d", v);
            fleet.vins.add(vin);
            boolean degrades = v % 3 == 0;
            Instant failure = degrades ? START.plus(Duration.ofDays(35 + random.nextInt(Math.max(1, days - 45)))) : null;
            Instant repair = failure == null ? null : failure.plus(Duration.ofDays(2));
            if (failure != null) {
                fleet.failures.put(vin, failure);
                fleet.truth.add(new GroundTruthEvent(vin, "MODEL_" + (v % 3), Component.BATTERY,
                        GroundTruthEvent.Kind.FAILURE, failure, 1000));
                fleet.truth.add(new GroundTruthEvent(vin, "MODEL_" + (v % 3), Component.BATTERY,
                        GroundTruthEvent.Kind.REPAIR, repair, 1000));
            }
            double healthyVolts = 12.55 + random.nextGaussian() * 0.05;
            double odometer = 10_000 + random.nextInt(50_000);
            long seq = 0;
            for (int hour = 0; hour < days * 24; hour++) {
                Instant t = START.plus(Duration.ofHours(hour)).plusSeconds(random.nextInt(600));
                if (failure != null && !t.isBefore(failure) && t.isBefore(repair)) {
                    continue; // in the workshop
                }
                boolean running = hour % 24 == 8;
                double volts = healthyVolts;
                if (failure != null && t.isBefore(failure)) {
                    double daysLeft = Duration.between(t, failure).toHours() / 24.0;
                    volts -= Math.max(0, 30 - daysLeft) * 0.03;
                }
                if (running) {
                    odometer += 30 + random.nextInt(20);
                }
                fleet.telemetry.add(new Telemetry(vin, seq++, t, VehicleSignals.builder()
                        .engineRunning(running)
                        .engineRpm(running ? 2000.0 + random.nextGaussian() * 50 : 0.0)
                        .batteryVoltage(running ? 14.1 + random.nextGaussian() * 0.03 : volts + random.nextGaussian() * 0.03)
                        .coolantTempC(running ? 90 + random.nextGaussian() : 10.0)
                        .ambientTempC(5 + random.nextGaussian())
                        .odometerKm(odometer)
                        .dtcs(List.of())
                        .build()));
            }
        }
        fleet.telemetry.sort(Comparator.comparing(Telemetry::eventTime));
        return fleet;
    }

    /** Writes telemetry.ndjson.gz, ground-truth.csv and fleet.csv as the simulator's history command does. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        TelemetryCodec codec = new TelemetryCodec();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(HistoryDirectory.TELEMETRY)))) {
            for (Telemetry t : telemetry) {
                out.write(codec.encode(t));
                out.write('\n');
            }
        }
        StringBuilder gt = new StringBuilder("vin,model,component,event,time,odometer_km\n");
        truth.stream().sorted(Comparator.comparing(GroundTruthEvent::time)).forEach(e -> gt.append(e.vin()).append(',')
                .append(e.model()).append(',').append(e.component()).append(',').append(e.kind()).append(',')
                .append(e.time()).append(',').append(e.odometerKm()).append('\n'));
        Files.writeString(dir.resolve(HistoryDirectory.GROUND_TRUTH), gt, StandardCharsets.UTF_8);
        StringBuilder fleet = new StringBuilder("vin,model,region,climate,driving_style,age_days_at_start,service_habit\n");
        for (int i = 0; i < vins.size(); i++) {
            fleet.append(vins.get(i)).append(",MODEL_").append(i % 3).append(",\"48.0,11.3,48.3,11.8\",TEMPERATE,CALM,")
                    .append(100 * i).append(",DILIGENT\n");
        }
        Files.writeString(dir.resolve(HistoryDirectory.FLEET), fleet, StandardCharsets.UTF_8);
        return dir;
    }
}
