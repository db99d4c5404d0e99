package dev.pitwall.prediction.evaluation;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.features.FeatureLayout;
import java.util.List;

/**
 * The classic telematics alarm for a component: a fixed limit on one or more readings, any of them crossing raises
 * the alarm. Written over feature names, so a clause whose signal the telemetry lacks is simply unavailable.
 */
public record ThresholdRule(Component component, List<Clause> clauses) {

    /** {@code feature < limit} (below) or {@code feature > limit}. */
    public record Clause(String feature, boolean below, double limit, String description) {
        boolean fires(double value) {
            return !Double.isNaN(value) && (below ? value < limit : value > limit);
        }
    }

    public ThresholdRule {
        clauses = List.copyOf(clauses);
    }

    /** The clauses whose feature exists in {@code layout}. */
    public List<Clause> availableIn(FeatureLayout layout) {
        return clauses.stream().filter(c -> layout.indexOf(c.feature()) >= 0).toList();
    }

    public boolean alarm(FeatureLayout layout, double[] row) {
        for (Clause clause : clauses) {
            int i = layout.indexOf(clause.feature());
            if (i >= 0 && clause.fires(row[i])) {
                return true;
            }
        }
        return false;
    }

    /** "resting voltage < 12.2 V or cranking < 10 V", for the report. */
    public String describe(FeatureLayout layout) {
        List<Clause> available = availableIn(layout);
        return available.isEmpty() ? "(no signal for it in the telemetry)"
                : String.join(" or ", available.stream().map(Clause::description).toList());
    }

    /** The rules a telematics provider would configure out of the box. */
    public static List<ThresholdRule> classic() {
        return List.of(
                new ThresholdRule(Component.BATTERY, List.of(
                        new Clause("battery_voltage.parked.min_1d", true, 12.2, "resting voltage < 12.2 V"),
                        new Clause("cranking_voltage.all.min_1d", true, 10.0, "cranking voltage < 10 V"))),
                new ThresholdRule(Component.BRAKE_PADS, List.of(
                        new Clause("brake_pad_wear.all.max_of_last", false, 80, "pad wear > 80 %"))),
                new ThresholdRule(Component.TIRES, List.of(
                        new Clause("tire_pressure.all.min_of_last", true, 180, "tyre pressure < 180 kPa"))),
                new ThresholdRule(Component.ENGINE_OIL, List.of(
                        new Clause("oil_life_remaining.all.last", true, 10, "oil life < 10 %"))),
                new ThresholdRule(Component.COOLING, List.of(
                        new Clause("coolant_temperature.running.max_1d", false, 105, "coolant > 105 °C"))),
                new ThresholdRule(Component.IGNITION, List.of(
                        new Clause("dtc.ignition.active_frac_1d", false, 0, "misfire code (P030x) active"))));
    }

    public static ThresholdRule classicFor(Component component) {
        return classic().stream().filter(r -> r.component() == component).findFirst().orElseThrow();
    }
}
