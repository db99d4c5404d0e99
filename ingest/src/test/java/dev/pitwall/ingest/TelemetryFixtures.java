package dev.pitwall.ingest;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** Test payloads: random VINs (unique per run, the machine's broker is shared), valid and malformed messages. */
final class TelemetryFixtures {

    static final TelemetryCodec CODEC = new TelemetryCodec();
    private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private TelemetryFixtures() {
    }

    static String randomVin() {
        Random random = ThreadLocalRandom.current();
        var sb = new StringBuilder(17);
        for (int i = 0; i < 17; i++) {
            sb.append(VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length())));
        }
        return sb.toString();
    }

    static List<String> randomVins(int count) {
        List<String> vins = new ArrayList<>(count);
        while (vins.size() < count) {
            String vin = randomVin();
            if (!vins.contains(vin)) {
                vins.add(vin);
            }
        }
        return vins;
    }

    static byte[] valid(String vin, long seq) {
        return CODEC.encode(new Telemetry(vin, seq, Instant.parse("2026-11-22T10:15:30Z").plusSeconds(seq),
                VehicleSignals.builder()
                        .odometerKm(12_345.6 + seq)
                        .speedKmh(42.0)
                        .latitude(48.137)
                        .longitude(11.575)
                        .fuelLevelPct(55.0)
                        .coolantTempC(90.0)
                        .batteryVoltage(12.6)
                        .engineRunning(true)
                        .dtcs(List.of("P0301"))
                        .build()));
    }

    /** One kind of bad payload and the field the dead letter must name first. */
    enum Malformed {
        NOT_JSON("$"),
        NOT_AN_OBJECT("$"),
        MISSING_SEQ("$.seq"),
        NEGATIVE_SEQ("$.seq"),
        BAD_TIMESTAMP("$.ts"),
        SPEED_OUT_OF_RANGE("$.signals"),
        BAD_DTC("$.signals"),
        UNKNOWN_FIELD("$.colour"),
        VIN_MISMATCH("$.vin");

        final String fieldPrefix;

        Malformed(String fieldPrefix) {
            this.fieldPrefix = fieldPrefix;
        }

        byte[] payload(String vin, long seq) {
            String json = switch (this) {
                case NOT_JSON -> "{\"v\":1,\"vin\":\"" + vin + "\",";
                case NOT_AN_OBJECT -> "[1,2,3]";
                case MISSING_SEQ -> "{\"v\":1,\"vin\":\"" + vin + "\",\"ts\":\"2026-11-22T10:15:30Z\",\"signals\":{}}";
                case NEGATIVE_SEQ -> message(vin, -1, "2026-11-22T10:15:30Z", "{}");
                case BAD_TIMESTAMP -> message(vin, seq, "yesterday", "{}");
                case SPEED_OUT_OF_RANGE -> message(vin, seq, "2026-11-22T10:15:30Z", "{\"Vehicle.Speed\":900}");
                case BAD_DTC -> message(vin, seq, "2026-11-22T10:15:30Z", "{\"Vehicle.OBD.DTCList\":[\"X123\"]}");
                case UNKNOWN_FIELD -> "{\"v\":1,\"vin\":\"" + vin + "\",\"seq\":" + seq
                        + ",\"ts\":\"2026-11-22T10:15:30Z\",\"signals\":{},\"colour\":\"red\"}";
                case VIN_MISMATCH -> message(otherVin(vin), seq, "2026-11-22T10:15:30Z", "{}");
            };
            return json.getBytes(StandardCharsets.UTF_8);
        }

        private static String message(String vin, long seq, String ts, String signals) {
            return "{\"v\":1,\"vin\":\"" + vin + "\",\"seq\":" + seq + ",\"ts\":\"" + ts + "\",\"signals\":" + signals + "}";
        }

        private static String otherVin(String vin) {
            char last = vin.charAt(16);
            return vin.substring(0, 16) + (last == '1' ? '2' : '1');
        }
    }
}
