package dev.pitwall.engagement.repurchase;

import static dev.pitwall.engagement.repurchase.Numbers.money;
import static dev.pitwall.engagement.repurchase.Numbers.number;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.profile.DrivingSegment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * WHAT to offer: every catalog model scored for one vehicle and driver by the {@link FitRule}s that apply, the
 * best fit first (ties by model id, so the order never depends on the catalog file's). A rule needs its signal: with
 * no driving profile the usage rules stay silent. Stateless and thread-safe.
 */
public final class ModelRanker {

    /** Parts an electric car does not have. */
    static final Set<Component> COMBUSTION_PARTS = Set.of(Component.ENGINE_OIL, Component.IGNITION);

    private static final Comparator<RankedModel> BEST_FIRST = Comparator.comparingInt(RankedModel::score).reversed()
            .thenComparing(r -> r.model().id());
    private static final Comparator<RankingReason> MOST_POINTS_FIRST = Comparator
            .comparingInt((RankingReason r) -> -Math.abs(r.points())).thenComparing(RankingReason::rule);

    private final ModelCatalog catalog;
    private final RankingRules rules;

    public ModelRanker(ModelCatalog catalog, RankingRules rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    /** The {@code limit} best-fitting models, best first. */
    public List<RankedModel> rank(RepurchaseSignals signals, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: expected at least 1, got " + limit);
        }
        return catalog.models().stream().map(model -> rank(model, signals)).sorted(BEST_FIRST).limit(limit).toList();
    }

    private RankedModel rank(CarModel model, RepurchaseSignals s) {
        List<RankingReason> reasons = new ArrayList<>();
        if (s.usage() != null) {
            usage(model, s.usage(), reasons);
        }
        if (s.currentVehicle() != null) {
            current(model, s.currentVehicle(), reasons);
        }
        if (s.subscription() != null && s.subscription().monthlyPrice() != null) {
            price(model, s.subscription(), reasons);
        }
        combustionRepairs(model, s.repairCost(), reasons);
        reasons.sort(MOST_POINTS_FIRST);
        return new RankedModel(model, reasons.stream().mapToInt(RankingReason::points).sum(), reasons);
    }

    private void usage(CarModel model, UsageProfile usage, List<RankingReason> reasons) {
        String perDay = number(usage.kmPerDay()) + " km a day";
        Powertrain powertrain = model.powertrain();
        if (powertrain == Powertrain.ELECTRIC) {
            String range = number(model.electricRangeKm()) + " km range";
            if (usage.kmPerDay() * rules.electricRangeDays() <= model.electricRangeKm()) {
                if (usage.drivesShortRegularTrips()) {
                    add(reasons, FitRule.ELECTRIC_FOR_SHORT_TRIPS, rules.electricForShortTrips(), tripKind(usage)
                            + " of " + perDay + " fit its " + range + ", charged at home or at work.");
                } else {
                    add(reasons, FitRule.ELECTRIC_RANGE_FITS, rules.electricRangeFits(), perDay + " fits its " + range
                            + " for " + number(rules.electricRangeDays()) + " days or more on one charge.");
                }
            } else {
                add(reasons, FitRule.ELECTRIC_RANGE_TOO_SHORT, rules.electricRangeTooShort(), "Its " + range
                        + " covers fewer than " + number(rules.electricRangeDays()) + " days of " + perDay + ".");
            }
        }
        if (powertrain == Powertrain.PLUG_IN_HYBRID && usage.kmPerDay() <= model.electricRangeKm()) {
            add(reasons, FitRule.PLUG_IN_RANGE_FITS, rules.plugInRangeFits(), perDay + " fits its "
                    + number(model.electricRangeKm()) + " km electric range: most days on electricity alone.");
        }
        if (powertrain == Powertrain.HYBRID && usage.drivesShortRegularTrips()) {
            add(reasons, FitRule.HYBRID_FOR_SHORT_TRIPS, rules.hybridForShortTrips(), tripKind(usage)
                    + " are where a hybrid saves the most fuel.");
        }
        if (usage.has(DrivingSegment.HIGH_MILEAGE)) {
            int points = switch (powertrain) {
                case HYBRID -> rules.hybridForHighMileage();
                case DIESEL -> rules.dieselForHighMileage();
                case PLUG_IN_HYBRID -> rules.plugInForHighMileage();
                default -> 0;
            };
            if (points != 0) {
                add(reasons, FitRule.EFFICIENT_FOR_HIGH_MILEAGE, points, "High mileage (" + perDay + ") pays off a "
                        + powertrainName(powertrain) + "'s low consumption.");
            }
        }
        if (usage.has(DrivingSegment.LOW_MILEAGE)
                && (model.segment() == MarketSegment.SMALL || model.segment() == MarketSegment.COMPACT)) {
            add(reasons, FitRule.SMALL_FOR_LOW_MILEAGE, rules.smallForLowMileage(), "Little driving (" + perDay
                    + ") needs no big car: a " + model.segment().displayName() + " one costs less to keep.");
        }
        if (usage.has(DrivingSegment.SMOOTH_DRIVER) && powertrain.isElectrified()) {
            add(reasons, FitRule.SMOOTH_DRIVER_ELECTRIFIED, rules.smoothDriverElectrified(), "A smooth driving style "
                    + "gets the most out of recovering braking energy.");
        }
    }

    private void current(CarModel model, CurrentVehicle current, List<RankingReason> reasons) {
        if (model.segment() == current.segment()) {
            add(reasons, FitRule.SAME_SEGMENT, rules.sameSegment(), "The same " + current.segment().displayName()
                    + " size as today's " + current.brand() + ".");
        }
        if (model.brand().equalsIgnoreCase(current.brand())) {
            add(reasons, FitRule.SAME_BRAND, rules.sameBrand(), "Stays with " + current.brand()
                    + ", the brand of today's car.");
        }
    }

    private void price(CarModel model, SubscriptionTerm term, List<RankingReason> reasons) {
        BigDecimal today = term.monthlyPrice();
        double share = model.monthlyPrice().subtract(today).divide(today, MathContext.DECIMAL64).doubleValue();
        String prices = money(model.monthlyPrice(), catalog.currency()) + " a month";
        String plan = "today's " + term.plan() + " plan (" + money(today, catalog.currency()) + ")";
        if (Math.abs(share) <= rules.priceCloseShare()) {
            add(reasons, FitRule.PRICE_CLOSE, rules.priceClose(), prices + " is within "
                    + percent(rules.priceCloseShare()) + " of " + plan + ".");
        } else if (Math.abs(share) <= rules.priceNearShare()) {
            add(reasons, FitRule.PRICE_NEAR, rules.priceNear(), prices + " is within "
                    + percent(rules.priceNearShare()) + " of " + plan + ".");
        } else if (share > rules.priceFarAboveShare()) {
            add(reasons, FitRule.PRICE_FAR_ABOVE, rules.priceFarAbove(), prices + " is " + percent(share)
                    + " more than " + plan + ".");
        }
    }

    private void combustionRepairs(CarModel model, RepairCostEstimate cost, List<RankingReason> reasons) {
        if (model.powertrain() != Powertrain.ELECTRIC) {
            return;
        }
        BigDecimal combustion = cost.repairs().stream().filter(r -> COMBUSTION_PARTS.contains(r.component()))
                .map(ExpectedRepair::expectedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (combustion.compareTo(rules.combustionRepairsFrom()) >= 0) {
            add(reasons, FitRule.NO_COMBUSTION_REPAIRS, rules.noCombustionRepairs(), "It has no engine oil or ignition "
                    + "to repair, where " + money(combustion, cost.currency()) + " of the expected repairs lie.");
        }
    }

    private static void add(List<RankingReason> reasons, FitRule rule, int points, String reason) {
        reasons.add(new RankingReason(rule, points, reason));
    }

    private static String tripKind(UsageProfile usage) {
        boolean shortTrips = usage.has(DrivingSegment.SHORT_TRIPS);
        boolean commuter = usage.has(DrivingSegment.COMMUTER);
        return shortTrips && commuter ? "Short commuter trips" : shortTrips ? "Short trips" : "Commuter trips";
    }

    private static String powertrainName(Powertrain powertrain) {
        return switch (powertrain) {
            case PLUG_IN_HYBRID -> "plug-in hybrid";
            default -> powertrain.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
