package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure written into the script of one vehicle: its {@code component} degrades from its state at the start
 * along a straight line in health to the failure limit, which it reaches {@code after} the simulation's start.
 * The signals degrade with it (for the battery: resting and cranking voltage fall), precursor codes appear as
 * they would, and the failure goes into the ground truth like any other. Read from the command line as
 * {@code battery-fails-after=P20D@0} (component, ISO-8601 or short duration, vehicle index).
 */
public record ScriptedFailure(int vehicleIndex, Component component, Duration after) {

    private static final Pattern SPEC = Pattern.compile("([a-z-]+)-fails-after=([^@]+)@(\\d+)");
    private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    public ScriptedFailure {
        if (vehicleIndex < 0) {
            throw new IllegalArgumentException("--script: vehicle index must be >= 0, got " + vehicleIndex);
        }
        if (component == null) {
            throw new IllegalArgumentException("--script: a component is required");
        }
        if (after == null || after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("--script: the time to failure must be positive, got " + after);
        }
    }

    public static ScriptedFailure parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = SPEC.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("--script: expected COMPONENT-fails-after=DURATION@VEHICLE such as "
                    + "battery-fails-after=P20D@0, got '" + text + "'");
        }
        Component component;
        try {
            component = Component.valueOf(m.group(1).replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--script: unknown component '" + m.group(1) + "' in '" + text
                    + "', expected one of " + componentNames());
        }
        return new ScriptedFailure(Integer.parseInt(m.group(3)), component, duration(m.group(2), text));
    }

    /** The command-line form, e.g. {@code brake-pads-fails-after=P3DT12H@4}. */
    public String spec() {
        return component.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-fails-after=" + after + "@" + vehicleIndex;
    }

    private static Duration duration(String text, String spec) {
        Matcher m = SHORT.matcher(text.trim());
        if (m.matches()) {
            double amount = Double.parseDouble(m.group(1));
            double ms = amount * switch (m.group(2)) {
                case "ms" -> 1;
                case "s" -> 1_000;
                case "m" -> 60_000;
                case "h" -> 3_600_000;
                default -> 86_400_000;
            };
            return Duration.ofMillis(Math.round(ms));
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--script: expected a duration such as P20D, PT36H or 20d before '@', got '"
                    + text + "' in '" + spec + "'");
        }
    }

    private static String componentNames() {
        StringBuilder b = new StringBuilder();
        for (Component c : Component.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return b.toString();
    }
}
