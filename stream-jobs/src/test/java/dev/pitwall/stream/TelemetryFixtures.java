package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Telemetry for tests: single messages, and a reproducible fleet with duplicates and out-of-order messages. */
final class TelemetryFixtures {

    static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    static final Duration MESSAGE_INTERVAL = Duration.ofMinutes(1);
    private static final List<String> DTCS = List.of("P0300", "P0420", "P0217", "C0750", "P0455", "P0562");

    private TelemetryFixtures() {
    }

    static String vin(int n) {
        return String.format("1PWTST%011d", n);
    }

    static Telemetry message(String vin, long seq, Instant eventTime, VehicleSignals signals) {
        return new Telemetry(vin, seq, eventTime, signals);
    }

    /** A message {@code seq} minutes after {@link #T0}. */
    static Telemetry message(String vin, long seq, VehicleSignals signals) {
        return new Telemetry(vin, seq, T0.plus(MESSAGE_INTERVAL.multipliedBy(seq)), signals);
    }

    static VehicleSignals battery(double volts) {
        return VehicleSignals.builder().batteryVoltage(volts).engineRunning(false).build();
    }

    /**
     * {@code vehicles} vehicles with {@code messagesPerVehicle} distinct messages each, in the order a producer
     * sends them: vehicles interleaved, about 5% of neighbours swapped (out of order) and about 8% of messages
     * sent again (duplicates). Signals vary so that health scores, DTCs and partial messages all occur.
     */
    static List<Telemetry> fleet(int vehicles, int messagesPerVehicle, long seed) {
        Random random = new Random(seed);
        List<List<Telemetry>> perVehicle = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            String vin = vin(v);
            List<Telemetry> distinct = new ArrayList<>();
            for (int seq = 0; seq < messagesPerVehicle; seq++) {
                distinct.add(new Telemetry(vin, seq, T0.plusSeconds(v).plus(MESSAGE_INTERVAL.multipliedBy(seq)),
                        signals(random, seq)));
            }
            for (int i = 0; i + 1 < distinct.size(); i++) {
                if (random.nextDouble() < 0.05) {
                    Telemetry later = distinct.get(i + 1);
                    distinct.set(i + 1, distinct.get(i));
                    distinct.set(i, later);
                    i++;
                }
            }
            List<Telemetry> sent = new ArrayList<>();
            for (Telemetry t : distinct) {
                sent.add(t);
                if (random.nextDouble() < 0.08) {
                    sent.add(sent.get(Math.max(0, sent.size() - 1 - random.nextInt(10))));
                }
            }
            perVehicle.add(sent);
        }
        List<Telemetry> produceOrder = new ArrayList<>();
        for (int i = 0; ; i++) {
            boolean any = false;
            for (List<Telemetry> sent : perVehicle) {
                if (i < sent.size()) {
                    produceOrder.add(sent.get(i));
                    any = true;
                }
            }
            if (!any) {
                return produceOrder;
            }
        }
    }

    private static VehicleSignals signals(Random random, int seq) {
        var b = VehicleSignals.builder()
                .odometerKm(10_000 + seq * 1.2)
                .latitude(48.1 + random.nextDouble() / 10)
                .longitude(11.5 + random.nextDouble() / 10)
                .fuelLevelPct(random.nextInt(100) + 0.5);
        if (random.nextDouble() < 0.7) {
            b.speedKmh(random.nextInt(130) + 0.0).headingDeg(random.nextInt(360) + 0.0).engineRpm(800.0 + random.nextInt(3000));
        }
        if (random.nextDouble() < 0.6) {
            b.coolantTempC(random.nextDouble() < 0.05 ? 104.0 + random.nextInt(9) : 85.0 + random.nextInt(15));
        }
        if (random.nextDouble() < 0.5) {
            boolean running = random.nextBoolean();
            b.engineRunning(running).batteryVoltage(running ? 12.6 + random.nextInt(30) / 10.0 : 11.6 + random.nextInt(12) / 10.0);
        }
        if (random.nextDouble() < 0.3) {
            b.tirePressureFrontLeftKpa(160.0 + random.nextInt(80)).tirePressureFrontRightKpa(230.0)
                    .tirePressureRearLeftKpa(225.0).tirePressureRearRightKpa(195.0 + random.nextInt(20));
        }
        if (random.nextDouble() < 0.3) {
            b.ambientTempC(random.nextInt(30) - 5.0).engineHours(1000 + seq / 60.0);
        }
        double dtc = random.nextDouble();
        if (dtc < 0.10) {
            b.dtcs(List.of(DTCS.get(random.nextInt(DTCS.size())), DTCS.get(random.nextInt(DTCS.size()))).stream()
                    .distinct().toList());
        } else if (dtc < 0.15) {
            b.dtcs(List.of());
        }
        return b.build();
    }
}
