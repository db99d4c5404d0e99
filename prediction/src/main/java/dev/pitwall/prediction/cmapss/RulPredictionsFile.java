package dev.pitwall.prediction.cmapss;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code unit,rul} CSV the {@code cmapss} command writes and {@code cmapss-eval} reads. */
public final class RulPredictionsFile {

    static final String HEADER = "unit,rul";

    private RulPredictionsFile() {
    }

    /** Writes one line per unit, in the map's order, RUL with two decimals. */
    public static void write(Path file, Map<Integer, Double> rulByUnit) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (Map.Entry<Integer, Double> e : rulByUnit.entrySet()) {
                out.write(String.format(Locale.ROOT, "%d,%.2f", e.getKey(), e.getValue()));
                out.newLine();
            }
        }
    }

    /** Reads the file back: predicted RUL by unit, in file order. */
    public static Map<Integer, Double> read(Path file) {
        List<String> lines = readLines(file, "a predictions file (" + HEADER + ")");
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase(HEADER)) {
            throw new CmapssInputException(file + " line 1: expected the header \"" + HEADER + "\", found \""
                    + (lines.isEmpty() ? "" : lines.get(0).strip()) + "\"");
        }
        Map<Integer, Double> rul = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 2) {
                throw new CmapssInputException(file + " line " + (i + 1) + ": expected 2 comma-separated fields ("
                        + HEADER + "), found " + fields.length);
            }
            int unit = parseUnit(file, i + 1, fields[0].strip());
            double value = parseNumber(file, i + 1, "rul", fields[1].strip());
            if (rul.put(unit, value) != null) {
                throw new CmapssInputException(file + " line " + (i + 1) + ": unit " + unit + " appears twice");
            }
        }
        if (rul.isEmpty()) {
            throw new CmapssInputException(file + ": no predictions after the header");
        }
        return rul;
    }

    static List<String> readLines(Path file, String expected) {
        if (!Files.isRegularFile(file)) {
            throw new CmapssInputException(file + ": file not found (expected " + expected + ")");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CmapssInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static int parseUnit(Path file, int line, String field) {
        try {
            int unit = Integer.parseInt(field);
            if (unit >= 1) {
                return unit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CmapssInputException(file + " line " + line
                + ", field unit: expected a positive whole number, found \"" + field + "\"");
    }

    static double parseNumber(Path file, int line, String name, String field) {
        try {
            double value = Double.parseDouble(field);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CmapssInputException(file + " line " + line + ", field " + name + ": expected a number, found \""
                + field + "\"");
    }
}
