package dev.pitwall.prediction.cmapss;

/** One line of a C-MAPSS file: an engine's operational settings and sensor readings at one cycle. */
public record CmapssRow(int unit, int cycle, double[] settings, double[] sensors) {

    public static final int SETTINGS = 3;
    public static final int SENSORS = 21;
    public static final int COLUMNS = 2 + SETTINGS + SENSORS;

    public CmapssRow {
        if (settings.length != SETTINGS || sensors.length != SENSORS) {
            throw new IllegalArgumentException("a C-MAPSS row has " + SETTINGS + " settings and " + SENSORS
                    + " sensors, got " + settings.length + " and " + sensors.length);
        }
    }

    /** The column's name as the NASA readme numbers them: unit, cycle, setting1..3, s1..s21 (index 0-based). */
    public static String columnName(int column) {
        if (column == 0) {
            return "unit";
        }
        if (column == 1) {
            return "cycle";
        }
        if (column < 2 + SETTINGS) {
            return "setting" + (column - 1);
        }
        return sensorName(column - 2 - SETTINGS);
    }

    public static String sensorName(int sensor) {
        return "s" + (sensor + 1);
    }
}
