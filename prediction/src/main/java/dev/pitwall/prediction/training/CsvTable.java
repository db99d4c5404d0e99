package dev.pitwall.prediction.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV the simulator writes: a header, comma-separated fields, RFC 4180 quoting where a field holds a comma
 * (the region's bounding box). Fields are looked up by header name, so column order and extra columns don't matter.
 */
final class CsvTable {

    private final Path file;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows;

    private CsvTable(Path file, List<String> header, List<String[]> rows) {
        this.file = file;
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        this.rows = rows;
    }

    static CsvTable read(Path file, List<String> requiredColumns) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw new HistoryInputException(file + ": empty (expected a header starting " + String.join(",", requiredColumns) + ")");
            }
            List<String> header = split(first.strip());
            for (String required : requiredColumns) {
                if (!header.contains(required)) {
                    throw new HistoryInputException(file + ":1: column '" + required + "' missing (header: " + first + ")");
                }
            }
            List<String[]> rows = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = split(line.strip()).toArray(String[]::new);
                if (fields.length != header.size()) {
                    throw new HistoryInputException(file + ":" + lineNo + ": expected " + header.size() + " fields, got "
                            + fields.length);
                }
                rows.add(fields);
            }
            return new CsvTable(file, header, rows);
        } catch (IOException e) {
            throw new HistoryInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Splits one line; a quoted field may contain commas and doubled quotes (no line breaks in this data). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    List<String> header() {
        return header;
    }

    int size() {
        return rows.size();
    }

    String get(int row, String column) {
        return rows.get(row)[columns.get(column)];
    }

    /** "file:line" of a data row, for error messages (the header is line 1; blank lines are not counted). */
    String where(int row) {
        return file + ":" + (row + 2);
    }
}
