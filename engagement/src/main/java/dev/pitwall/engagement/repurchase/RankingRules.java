package dev.pitwall.engagement.repurchase;

import java.math.BigDecimal;

/**
 * The points of each {@link FitRule} and the thresholds they use (docs/repurchase.md explains each).
 *
 * @param electricRangeDays        an electric car fits when its range covers this many typical days on one charge
 * @param priceCloseShare          a price within this share of today's plan counts as close (full points)
 * @param priceNearShare           within this share it still counts, with {@code priceNear} points
 * @param priceFarAboveShare       more than this share above today's plan costs points
 * @param combustionRepairsFrom    expected repair cost on engine oil and ignition from which an electric car (which
 *                                 has neither) gains points
 */
public record RankingRules(
        double electricRangeDays,
        int electricForShortTrips,
        int electricRangeFits,
        int electricRangeTooShort,
        int plugInRangeFits,
        int hybridForShortTrips,
        int hybridForHighMileage,
        int dieselForHighMileage,
        int plugInForHighMileage,
        int smallForLowMileage,
        int sameSegment,
        int sameBrand,
        double priceCloseShare,
        int priceClose,
        double priceNearShare,
        int priceNear,
        double priceFarAboveShare,
        int priceFarAbove,
        BigDecimal combustionRepairsFrom,
        int noCombustionRepairs,
        int smoothDriverElectrified) {

    public static final RankingRules DEFAULTS = new RankingRules(
            2.0, 30, 15, -25, 20,
            10, 20, 15, 10, 10,
            15, 10,
            0.10, 15, 0.25, 8, 0.50, -15,
            BigDecimal.valueOf(100), 10, 5);

    public RankingRules {
        if (!(electricRangeDays >= 1)) {
            throw new IllegalArgumentException("electricRangeDays: expected 1 or more, got " + electricRangeDays);
        }
        if (!(0 < priceCloseShare && priceCloseShare <= priceNearShare && priceNearShare <= priceFarAboveShare)) {
            throw new IllegalArgumentException("price shares: expected 0 < close <= near <= far-above, got "
                    + priceCloseShare + ", " + priceNearShare + " and " + priceFarAboveShare);
        }
    }
}
