package dev.pitwall.prediction.cmapss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a C-MAPSS file (train or test: unit, cycle, 3 settings, 21 sensors, space-separated) into engines. */
public final class CmapssParser {

    private static final String LAYOUT = "unit, cycle, setting1-3, s1-s21";

    private CmapssParser() {
    }

    public static List<EngineTrajectory> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CmapssInputException(file + ": file not found (expected a C-MAPSS file: " + LAYOUT + ")");
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new CmapssInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses {@code source} (named in error messages); rows of one engine must be contiguous with rising cycles. */
    public static List<EngineTrajectory> parse(String source, Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<EngineTrajectory> engines = new ArrayList<>();
        Set<Integer> finishedUnits = new HashSet<>();
        List<CmapssRow> current = new ArrayList<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            CmapssRow row = parseRow(source, lineNumber, trimmed);
            if (!current.isEmpty() && current.get(0).unit() != row.unit()) {
                finishedUnits.add(current.get(0).unit());
                engines.add(new EngineTrajectory(current.get(0).unit(), current));
                current = new ArrayList<>();
            }
            if (finishedUnits.contains(row.unit())) {
                throw error(source, lineNumber, 0, "unit " + row.unit()
                        + " appears again after other units; the rows of one engine must be contiguous");
            }
            if (!current.isEmpty() && row.cycle() <= current.get(current.size() - 1).cycle()) {
                throw error(source, lineNumber, 1, "cycle " + row.cycle() + " of unit " + row.unit()
                        + " follows cycle " + current.get(current.size() - 1).cycle() + "; cycles must increase");
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            engines.add(new EngineTrajectory(current.get(0).unit(), current));
        }
        if (engines.isEmpty()) {
            throw new CmapssInputException(source + ": no data rows (expected lines of " + CmapssRow.COLUMNS
                    + " space-separated columns: " + LAYOUT + ")");
        }
        return engines;
    }

    private static CmapssRow parseRow(String source, int lineNumber, String line) {
        String[] fields = line.split("\\s+");
        if (fields.length != CmapssRow.COLUMNS) {
            throw new CmapssInputException(source + " line " + lineNumber + ": expected " + CmapssRow.COLUMNS
                    + " space-separated columns (" + LAYOUT + "), found " + fields.length);
        }
        int unit = positiveInt(source, lineNumber, 0, fields[0]);
        int cycle = positiveInt(source, lineNumber, 1, fields[1]);
        double[] settings = new double[CmapssRow.SETTINGS];
        for (int i = 0; i < settings.length; i++) {
            settings[i] = finiteDouble(source, lineNumber, 2 + i, fields[2 + i]);
        }
        double[] sensors = new double[CmapssRow.SENSORS];
        for (int i = 0; i < sensors.length; i++) {
            int column = 2 + CmapssRow.SETTINGS + i;
            sensors[i] = finiteDouble(source, lineNumber, column, fields[column]);
        }
        return new CmapssRow(unit, cycle, settings, sensors);
    }

    private static int positiveInt(String source, int lineNumber, int column, String field) {
        try {
            // Some exports write whole numbers as "1.0"; accept them, reject fractions.
            double value = Double.parseDouble(field);
            if (value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value)) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(source, lineNumber, column, "expected a positive whole number, found \"" + field + "\"");
    }

    private static double finiteDouble(String source, int lineNumber, int column, String field) {
        try {
            double value = Double.parseDouble(field);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(source, lineNumber, column, "expected a number, found \"" + field + "\"");
    }

    private static CmapssInputException error(String source, int lineNumber, int column, String what) {
        return new CmapssInputException(source + " line " + lineNumber + ", column " + (column + 1) + " ("
                + CmapssRow.columnName(column) + "): " + what);
    }
}
