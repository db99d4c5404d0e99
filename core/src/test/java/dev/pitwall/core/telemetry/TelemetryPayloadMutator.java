package dev.pitwall.core.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Seeded random payloads for the differential test: valid messages, and mutations of them that are valid,
 * invalid or merely unusual (duplicate keys, exponents, odd timestamps, ...). Payloads are kept as raw JSON
 * text per key, so that mutations can write what a JSON library would never produce.
 */
final class TelemetryPayloadMutator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final String DTC_HEX = "0123456789ABCDEF";

    /** A number signal and its bounds as the schema states them ({@code null} = unbounded). */
    record NumberSignal(String path, BigDecimal minimum, BigDecimal maximum) {
    }

    private final SplittableRandom random;
    private final List<NumberSignal> numberSignals = new ArrayList<>();
    private final List<String> booleanSignals = new ArrayList<>();
    private final String dtcSignal;

    TelemetryPayloadMutator(long seed) {
        this.random = new SplittableRandom(seed);
        JsonNode schema;
        try (InputStream in = TelemetryCodec.class.getResourceAsStream(TelemetryCodec.SCHEMA_RESOURCE)) {
            schema = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String dtc = null;
        Iterator<Map.Entry<String, JsonNode>> signals = schema.at("/properties/signals/properties").fields();
        while (signals.hasNext()) {
            var signal = signals.next();
            switch (signal.getValue().path("type").asText()) {
                case "number" -> numberSignals.add(new NumberSignal(signal.getKey(),
                        signal.getValue().has("minimum") ? signal.getValue().get("minimum").decimalValue() : null,
                        signal.getValue().has("maximum") ? signal.getValue().get("maximum").decimalValue() : null));
                case "boolean" -> booleanSignals.add(signal.getKey());
                case "array" -> dtc = signal.getKey();
                default -> throw new IllegalStateException("unexpected signal type in " + signal);
            }
        }
        this.dtcSignal = dtc;
    }

    /** A payload as ordered raw entries: keys and values are JSON text exactly as they will be written. */
    static final class Payload {
        final List<String[]> top = new ArrayList<>();
        final List<String[]> signals = new ArrayList<>();
        /** When set, the value of "signals" is this raw text instead of the signals object. */
        String signalsOverride;
        String prefix = "";
        String suffix = "";

        Payload copy() {
            Payload p = new Payload();
            top.forEach(e -> p.top.add(e.clone()));
            signals.forEach(e -> p.signals.add(e.clone()));
            p.signalsOverride = signalsOverride;
            p.prefix = prefix;
            p.suffix = suffix;
            return p;
        }

        String render() {
            StringBuilder out = new StringBuilder(prefix).append('{');
            for (int i = 0; i < top.size(); i++) {
                String[] e = top.get(i);
                out.append(i == 0 ? "" : ",").append(e[0]).append(':');
                if (e[1] == null) {
                    out.append(signalsOverride != null ? signalsOverride : renderSignals());
                } else {
                    out.append(e[1]);
                }
            }
            return out.append('}').append(suffix).toString();
        }

        private String renderSignals() {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < signals.size(); i++) {
                out.append(i == 0 ? "" : ",").append(signals.get(i)[0]).append(':').append(signals.get(i)[1]);
            }
            return out.append('}').toString();
        }

        /** The raw key entry for {@code name} (unquoted), or {@code null}. */
        String[] topEntry(String name) {
            return find(top, name);
        }

        String[] signalEntry(String name) {
            return find(signals, name);
        }

        private static String[] find(List<String[]> entries, String name) {
            for (String[] e : entries) {
                if (e[0].equals(q(name))) {
                    return e;
                }
            }
            return null;
        }

        void putTop(String name, String raw) {
            String[] e = topEntry(name);
            if (e == null) {
                top.add(new String[] {q(name), raw});
            } else {
                e[1] = raw;
            }
        }

        void putSignal(String name, String raw) {
            String[] e = signalEntry(name);
            if (e == null) {
                signals.add(new String[] {q(name), raw});
            } else {
                e[1] = raw;
            }
        }
    }

    /** A payload from a JSON text (a golden file or the encoder's output). */
    static Payload parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Payload p = new Payload();
        root.fields().forEachRemaining(f -> p.top.add(new String[] {q(f.getKey()),
                f.getKey().equals("signals") ? null : f.getValue().toString()}));
        root.get("signals").fields().forEachRemaining(f -> p.signals.add(new String[] {q(f.getKey()), f.getValue().toString()}));
        return p;
    }

    static String q(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random valid message as the encoder writes it: some signals, in-range values with few decimals. */
    Payload randomValid(TelemetryCodec codec) {
        var signals = VehicleSignals.builder();
        for (VssSignal signal : VssSignal.values()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            if (signal.path().equals(dtcSignal)) {
                signal.set(signals, randomDtcs(random.nextInt(4)));
            } else if (booleanSignals.contains(signal.path())) {
                signal.set(signals, random.nextBoolean());
            } else {
                NumberSignal n = numberSignal(signal.path());
                double lo = n.minimum() == null ? -1e6 : n.minimum().doubleValue();
                double hi = n.maximum() == null ? lo + 1e6 : n.maximum().doubleValue();
                double scale = Math.pow(10, random.nextInt(4));
                signal.set(signals, Math.max(lo, Math.min(hi, Math.round(random.nextDouble(lo, hi) * scale) / scale)));
            }
        }
        Instant ts = Instant.ofEpochSecond(random.nextLong(1_500_000_000L, 2_000_000_000L),
                random.nextInt(4) == 0 ? 0 : random.nextInt(1_000) * 1_000_000L);
        Telemetry t = new Telemetry(randomVin(), random.nextLong(0, 10_000_000), ts, signals.build());
        return parse(codec.encode(t));
    }

    /** One to three random mutations of {@code base}. */
    String mutate(Payload base) {
        Payload p = base.copy();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            mutateOnce(p);
        }
        return p.render();
    }

    private void mutateOnce(Payload p) {
        switch (random.nextInt(20)) {
            case 0, 1, 2 -> p.putSignal(anyNumberSignal().path(), boundaryNumber(anyNumberSignal()));
            case 3 -> oddNumberForm(p);
            case 4 -> p.putSignal(anyNumberSignal().path(), pick("\"12\"", "null", "true", "[]", "{}", "[1]", "\"\""));
            case 5 -> p.putSignal(pick(booleanSignals), pick("true", "false", "\"true\"", "1", "0", "null", "[]"));
            case 6 -> p.putTop("v", pick("1", "1", "1.0", "2", "0", "\"1\"", "null", "-1", "1e0", "10e-1", "[1]", "1.00"));
            case 7 -> p.putTop("seq", pick("0", "-0", "1", "-1", "1.0", "1e3", "3.5", "9223372036854775807",
                    "9223372036854775808", "99999999999999999999", "\"5\"", "null", "0.0", "-0.0", "18446744073709551616",
                    Long.toString(random.nextLong(0, Long.MAX_VALUE))));
            case 8, 9 -> p.putTop("ts", q(timestamp()));
            case 10 -> p.putTop("vin", vin());
            case 11 -> p.putSignal(dtcSignal, dtcs());
            case 12 -> removeKey(p);
            case 13 -> duplicateKey(p);
            case 14 -> renameKey(p);
            case 15 -> p.top.add(random.nextInt(p.top.size() + 1),
                    new String[] {q(pick("driver", "firmwareVersion", "V", "Vin", "signal", "")), pick("\"x\"", "1", "null", "{}")});
            case 16 -> addUnknownSignal(p);
            case 17 -> p.signalsOverride = pick("null", "[]", "\"x\"", "1", "{\"Vehicle.Speed\":1}", "{}", "[{}]");
            case 18 -> structural(p);
            default -> {
                Collections.shuffle(p.top, new Random(random.nextLong()));
                Collections.shuffle(p.signals, new Random(random.nextLong()));
            }
        }
    }

    private String boundaryNumber(NumberSignal n) {
        BigDecimal base = random.nextBoolean() ? n.minimum() : n.maximum();
        if (base == null) {
            base = random.nextBoolean() ? BigDecimal.ZERO : new BigDecimal("1e15");
        }
        BigDecimal delta = new BigDecimal(pick("0", "0", "1", "0.1", "0.001", "1e-6", "1e-9", "1e-12", "1e-13",
                "1e-14", "1e-15", "1e-16", "1e-17", "1e-20", "1e6", "1e300"));
        BigDecimal value = random.nextBoolean() ? base.add(delta) : base.subtract(delta);
        return switch (random.nextInt(6)) {
            case 0 -> value.toString(); // may be in exponent form
            case 1 -> value.stripTrailingZeros().toString();
            case 2 -> value.scale() <= 0 ? value.toPlainString() + ".0" : value.toPlainString();
            case 3 -> String.format("%e", value);
            default -> value.toPlainString();
        };
    }

    private void oddNumberForm(Payload p) {
        NumberSignal n = anyNumberSignal();
        String[] e = p.signalEntry(n.path());
        String current = e == null ? "12" : e[1];
        String raw = switch (random.nextInt(10)) {
            case 0 -> current + "e0";
            case 1 -> current + "E-0";
            case 2 -> current.endsWith(".0") ? current.substring(0, current.length() - 2) : current + ".0";
            case 3 -> current.contains(".") ? current + "0000000000000000" : current + ".00000000000000000001";
            case 4 -> pick("-0", "-0.0", "0.0", "0", "-0.000");
            case 5 -> pick("1e308", "1e309", "-1e309", "123456789012345678901234567890", "9007199254740993",
                    "0.1234567890123456789", "1.5e2", "150E0", "0.000000000000000000001");
            case 6 -> pick("NaN", "Infinity", "+5", ".5", "05", "5.", "-", "0x10", "1_000");
            case 7 -> current.startsWith("-") ? current.substring(1) : "-" + current;
            case 8 -> "  " + current + "\n";
            default -> Long.toString(random.nextLong(-1_000_000, 6_000_000));
        };
        p.putSignal(n.path(), raw);
    }

    private String timestamp() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> canonical(random.nextInt(0, 10_000), 1 + random.nextInt(12), 1 + random.nextInt(31),
                    random.nextInt(25), random.nextInt(61), random.nextInt(62), random.nextInt(11));
            case 3 -> canonical(random.nextInt(1970, 2100), 2, 29, 12, 0, 0, 0);
            case 4 -> pick("2026-11-22t08:15:30z", "2026-11-22T08:15:30z", "2026-11-22t08:15:30Z",
                    "2026-11-22 08:15:30Z", "2026-11-22T08:15:30", "2026-11-22", "08:15:30Z", "yesterday", "");
            case 5 -> pick("2026-11-22T10:15:30+02:00", "2026-11-22T08:15:30+00:00", "2026-11-22T08:15:30-00:00",
                    "2026-11-22T08:15:30.5-07:30", "2026-11-22T08:15:30+0200", "2026-11-22T08:15:30+24:00",
                    "2026-11-22T08:15:30.123456789+01:00");
            case 6 -> pick("2016-12-31T23:59:60Z", "2015-06-30T23:59:60Z", "2026-11-22T23:59:60Z",
                    "2016-12-31T23:59:60.5Z", "2026-11-22T08:15:60Z", "2026-11-22T24:00:00Z");
            case 7 -> pick("12026-11-22T08:15:30Z", "+12026-11-22T08:15:30Z", "-0001-11-22T08:15:30Z",
                    "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "0001-01-01T00:00:00Z");
            case 8 -> pick("2026-11-22T08:15:30.Z", "2026-11-22T08:15:30.1234567891Z", "2026-11-22T08:15:30,5Z",
                    "2026-11-22T8:15:30Z", "2026-1-22T08:15:30Z", " 2026-11-22T08:15:30Z", "2026-11-22T08:15:30Z ",
                    "2026-11-22T08:15:30ZZ", "2026-11-22T08:15:30.000Z", "2026-11-22T08:15:30.1Z");
            case 9 -> pick("2026-11-31T08:15:30Z", "2026-04-31T08:15:30Z", "2026-13-01T08:15:30Z",
                    "2026-00-10T08:15:30Z", "2026-11-00T08:15:30Z", "2024-02-29T08:15:30Z", "2100-02-29T08:15:30Z",
                    "2000-02-29T08:15:30Z");
            case 10 -> pick("２０２６-11-22T08:15:30Z", "2026-11-22T08:15:30Ｚ", "2026\u201311-22T08:15:30Z");
            default -> Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_402_300_799L),
                    random.nextInt(1_000_000_000)).toString();
        };
    }

    private static String canonical(int year, int month, int day, int hour, int minute, int second, int fractionDigits) {
        StringBuilder fraction = new StringBuilder();
        if (fractionDigits > 0) {
            fraction.append('.');
            for (int i = 0; i < fractionDigits; i++) {
                fraction.append((char) ('0' + ((year + i * 7 + second) % 10)));
            }
        }
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", year, month, day, hour, minute, second, fraction);
    }

    private String vin() {
        String vin = randomVin();
        return switch (random.nextInt(12)) {
            case 0 -> q(vin.toLowerCase());
            case 1 -> q(vin.substring(0, 16) + pick("I", "O", "Q", "i", "o", "q"));
            case 2 -> q(vin.substring(0, 16));
            case 3 -> q(vin + pick("A", "1", "\n", " ", "\u0000"));
            case 4 -> q(" " + vin.substring(1));
            case 5 -> "\"" + vin.substring(0, 16) + "\\u00" + Integer.toHexString(vin.charAt(16)) + "\"";
            case 6 -> q(vin.substring(0, 16) + pick("É", "Ａ", "١", "\u00A0"));
            case 7 -> pick("12345678901234567", "null", "[]", "{}", "\"\"");
            case 8 -> "\"" + vin.substring(0, 16) + "\\n\"";
            default -> q(vin);
        };
    }

    private String dtcs() {
        List<String> codes = randomDtcs(random.nextInt(5));
        switch (random.nextInt(10)) {
            case 0 -> codes.add(codes.isEmpty() ? "P0300" : codes.get(0));
            case 1 -> codes = uniqueDtcs(64);
            case 2 -> codes = uniqueDtcs(65);
            case 3 -> codes.add(pick("p0300", "P03O1", "P4000", "X0300", "P030", "P03000", "P0300 ", "", "P0G00"));
            case 4 -> {
                return pick("[1]", "[null]", "[\"P0300\",null]", "[[\"P0300\"]]", "null", "\"P0300\"", "{}", "[]",
                        "[\"P0300\",\"P0300\"]", "[\"P0300\",\"P0301\"]", "[\"P\\u0030300\"]");
            }
            default -> {
            }
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < codes.size(); i++) {
            out.append(i == 0 ? "" : ",").append(q(codes.get(i)));
        }
        return out.append(']').toString();
    }

    private List<String> uniqueDtcs(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(String.format("P%d%03X", i % 4, i));
        }
        return codes;
    }

    private List<String> randomDtcs(int count) {
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            String code = "" + "PCBU".charAt(random.nextInt(4)) + random.nextInt(4) + DTC_HEX.charAt(random.nextInt(16))
                    + DTC_HEX.charAt(random.nextInt(16)) + DTC_HEX.charAt(random.nextInt(16));
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private void removeKey(Payload p) {
        if (random.nextBoolean() && !p.signals.isEmpty()) {
            p.signals.remove(random.nextInt(p.signals.size()));
        } else if (!p.top.isEmpty()) {
            p.top.remove(random.nextInt(p.top.size()));
        }
    }

    private void duplicateKey(Payload p) {
        List<String[]> entries = random.nextBoolean() && !p.signals.isEmpty() ? p.signals : p.top;
        if (entries.isEmpty()) {
            return;
        }
        String[] e = entries.get(random.nextInt(entries.size()));
        String value = e[1] == null ? "{}" : random.nextBoolean() ? e[1] : pick("1", "\"x\"", "null", "0");
        if (e[1] == null && random.nextBoolean()) {
            value = null; // the signals object twice
        }
        entries.add(random.nextInt(entries.size() + 1), new String[] {e[0], value});
    }

    private void renameKey(Payload p) {
        List<String[]> entries = random.nextBoolean() && !p.signals.isEmpty() ? p.signals : p.top;
        if (entries.isEmpty()) {
            return;
        }
        String[] e = entries.get(random.nextInt(entries.size()));
        String name = e[0].substring(1, e[0].length() - 1);
        e[0] = switch (random.nextInt(5)) {
            case 0 -> q(name.toUpperCase());
            case 1 -> q(name + "x");
            case 2 -> q(name.substring(0, Math.max(0, name.length() - 1)));
            case 3 -> "\"\\u00" + Integer.toHexString(name.charAt(0)) + name.substring(1) + "\""; // the same name, escaped
            default -> q(" " + name);
        };
    }

    private void addUnknownSignal(Payload p) {
        String name = pick("Vehicle.Cabin.Door.Row1.DriverSide.IsOpen", "Vehicle.Foo", "Vehicle.A.B.C1",
                "Vehicle.Powertrain.TractionBattery.StateOfCharge.Current", "vehicle.Speed", "Vehicle", "Vehicle.",
                "Vehicle..Speed", "Vehicle.Speed-2", "Other.Speed", "Vehicle.Ä", "Vehicle.Speed ", "Vehicle.Pitwall.New",
                "Vehicle.Speed\n");
        String value = pick("1", "-1e400", "true", "null", "\"x\"", "\"Ünïcode ✓\"", "{}", "[]", "[1,\"a\",null,{}]",
                "{\"a\":{\"b\":[1,2,{\"c\":null}]}}", "{\"a\":1,\"a\":2}", "\"\\uD800\"", "12345678901234567890123",
                "1.7976931348623157e309");
        p.signals.add(random.nextInt(p.signals.size() + 1), new String[] {q(name), value});
    }

    private void structural(Payload p) {
        switch (random.nextInt(8)) {
            case 0 -> p.suffix = pick(" ", "\n", "x", "{}", "}", ",", "\u0000", " // comment");
            case 1 -> p.prefix = pick(" ", "\n\t", "\uFEFF", "[", "x");
            case 2 -> {
                p.prefix = "[";
                p.suffix = "]";
            }
            case 3 -> p.putTop("vin", "\"" + randomVin().substring(0, 16) + "\\x\"");
            case 4 -> p.signals.add(new String[] {"\"Vehicle.Bad\"", "'single'"});
            case 5 -> p.putTop("vin", "\"WVWZZZ1KZAW12345\t\"");
            default -> p.top.add(new String[] {"\"x\"", "1,"}); // a trailing comma
        }
    }

    /** Cuts a payload at a random place, or garbles one byte into invalid UTF-8. */
    byte[] damage(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            return Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        byte[] garbled = bytes.clone();
        garbled[random.nextInt(garbled.length)] = (byte) (int) pick(0xC3, 0xFF, 0x80, 0xED, 0xF0);
        return garbled;
    }

    private NumberSignal anyNumberSignal() {
        return numberSignals.get(random.nextInt(numberSignals.size()));
    }

    private NumberSignal numberSignal(String path) {
        return numberSignals.stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow();
    }

    private String randomVin() {
        StringBuilder vin = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        }
        return vin.toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
