package dev.pitwall.core.health;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.dtc.DtcSeverity;
import dev.pitwall.core.maintenance.FailurePrediction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Health score v1: start at 100 and subtract points for each rule that fires on the vehicle's current
 * state. Every subtraction is kept as a {@link HealthContribution}, so anyone can see why a score is 62.
 * Pure and deterministic: the same state always gives the same assessment.
 */
public final class HealthScorer {

    private final HealthRules rules;
    private final DtcCatalog catalog;

    public HealthScorer(HealthRules rules, DtcCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    public HealthAssessment assess(VehicleState state) {
        return assess(state, List.of());
    }

    /**
     * Health with the models' view added: a component likely to fail soon costs points before anything is
     * measurably wrong, which is the point of predicting.
     *
     * @param predictions the vehicle's current prediction per component (any order; empty without a model)
     */
    public HealthAssessment assess(VehicleState state, List<FailurePrediction> predictions) {
        List<HealthContribution> contributions = new ArrayList<>();
        addPredictions(predictions, contributions);
        addDtcs(state, contributions);
        addCoolant(state, contributions);
        addBattery(state, contributions);
        addTire("front left", state.tirePressureFrontLeftKpa(), contributions);
        addTire("front right", state.tirePressureFrontRightKpa(), contributions);
        addTire("rear left", state.tirePressureRearLeftKpa(), contributions);
        addTire("rear right", state.tirePressureRearRightKpa(), contributions);
        int score = 100;
        for (HealthContribution c : contributions) {
            score += c.points();
        }
        score = Math.max(0, Math.min(100, score));
        return new HealthAssessment(state.vin(), state.lastSeq(), state.lastEventTime(), score, HealthBand.of(score),
                contributions);
    }

    private void addPredictions(List<FailurePrediction> predictions, List<HealthContribution> out) {
        int budget = rules.maxPredictionPoints();
        List<FailurePrediction> likeliestFirst = predictions.stream()
                .sorted(Comparator.comparingDouble(FailurePrediction::probability).reversed()
                        .thenComparing(FailurePrediction::component))
                .toList();
        for (FailurePrediction p : likeliestFirst) {
            boolean likely = p.probability() >= rules.predictionLikelyProbability();
            if (!likely && p.probability() < rules.predictionWatchProbability()) {
                continue;
            }
            int points = Math.min(budget, likely ? rules.predictionLikelyPoints() : rules.predictionWatchPoints());
            budget -= points;
            out.add(new HealthContribution("prediction." + p.component().name().toLowerCase(Locale.ROOT), -points,
                    describe(p, likely)));
        }
    }

    private static String describe(FailurePrediction p, boolean likely) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %.0f%% chance of failure within %d days",
                p.component().displayName(), 100 * p.probability(), p.horizonDays()));
        if (p.expectedRulDays() != null) {
            text.append(String.format(Locale.ROOT, ", about %.0f days left", p.expectedRulDays()));
        }
        text.append(likely ? ": book a check" : ": worth watching");
        if (!p.topFeatures().isEmpty()) {
            FailurePrediction.FeatureContribution top = p.topFeatures().get(0);
            text.append(String.format(Locale.ROOT, " (strongest sign: %s = %.4g)", top.feature(), top.value()));
        }
        return text.toString();
    }

    private void addDtcs(VehicleState state, List<HealthContribution> out) {
        int budget = rules.maxDtcPoints();
        for (String code : state.activeDtcs()) {
            DtcSeverity severity = catalog.severity(code);
            int points = Math.min(budget, pointsFor(severity));
            budget -= points;
            // a zero-point line still explains that the code is active but the DTC cap was reached
            out.add(new HealthContribution("dtc." + severity.name().toLowerCase(Locale.ROOT), -points,
                    code + " active (" + severity.name().toLowerCase(Locale.ROOT) + "): " + catalog.describe(code)));
        }
    }

    private int pointsFor(DtcSeverity severity) {
        return switch (severity) {
            case CRITICAL -> rules.criticalDtcPoints();
            case HIGH -> rules.highDtcPoints();
            case MEDIUM -> rules.mediumDtcPoints();
            case LOW -> rules.lowDtcPoints();
        };
    }

    private void addCoolant(VehicleState state, List<HealthContribution> out) {
        Double t = state.coolantTempC();
        if (t == null) {
            return;
        }
        if (t >= rules.coolantOverheatC()) {
            out.add(new HealthContribution("coolant.overheating", -rules.coolantOverheatPoints(),
                    String.format(Locale.ROOT, "coolant %.1f °C, at or above %.0f °C: engine overheating",
                            t, rules.coolantOverheatC())));
        } else if (t >= rules.coolantHotC()) {
            out.add(new HealthContribution("coolant.hot", -rules.coolantHotPoints(),
                    String.format(Locale.ROOT, "coolant %.1f °C, at or above %.0f °C: running hot",
                            t, rules.coolantHotC())));
        }
    }

    private void addBattery(VehicleState state, List<HealthContribution> out) {
        Double v = state.batteryVoltage();
        if (v == null) {
            return;
        }
        if (Boolean.TRUE.equals(state.engineRunning())) {
            if (v < rules.chargingMinV()) {
                out.add(new HealthContribution("battery.not-charging", -rules.notChargingPoints(),
                        String.format(Locale.ROOT, "12 V battery %.2f V with engine running, below %.1f V: "
                                + "alternator not charging", v, rules.chargingMinV())));
            } else if (v > rules.chargingMaxV()) {
                out.add(new HealthContribution("battery.overcharging", -rules.overchargingPoints(),
                        String.format(Locale.ROOT, "12 V battery %.2f V with engine running, above %.1f V: "
                                + "overcharging", v, rules.chargingMaxV())));
            }
        } else if (v < rules.restingBatteryFlatV()) {
            out.add(new HealthContribution("battery.flat", -rules.restingBatteryFlatPoints(),
                    String.format(Locale.ROOT, "12 V battery %.2f V at rest, below %.1f V: may not start",
                            v, rules.restingBatteryFlatV())));
        } else if (v < rules.restingBatteryLowV()) {
            out.add(new HealthContribution("battery.low", -rules.restingBatteryLowPoints(),
                    String.format(Locale.ROOT, "12 V battery %.2f V at rest, below %.1f V: weak or discharged",
                            v, rules.restingBatteryLowV())));
        }
    }

    private void addTire(String position, Double kpa, List<HealthContribution> out) {
        if (kpa == null) {
            return;
        }
        if (kpa < rules.tireCriticalKpa()) {
            out.add(new HealthContribution("tire.critical", -rules.tireCriticalPoints(),
                    String.format(Locale.ROOT, "%s tire %.0f kPa, below %.0f kPa: severely under-inflated",
                            position, kpa, rules.tireCriticalKpa())));
        } else if (kpa < rules.tireLowKpa()) {
            out.add(new HealthContribution("tire.low", -rules.tireLowPoints(),
                    String.format(Locale.ROOT, "%s tire %.0f kPa, below %.0f kPa: under-inflated",
                            position, kpa, rules.tireLowKpa())));
        }
    }
}
