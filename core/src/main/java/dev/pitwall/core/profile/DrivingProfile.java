package dev.pitwall.core.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A vehicle's usage and driving profile over its window, as of its newest message counted: the row of table
 * {@code vehicle_profile}, upserted on the VIN when {@code (asOf, asOfSeq)} is newer.
 *
 * @param vin        the vehicle
 * @param asOf       event time of the newest message counted
 * @param asOfSeq    its seq (tie-break for equal event times)
 * @param windowFrom first local day of the window
 * @param windowTo   last local day of the window: the day of {@code asOf}
 * @param scores     driving-style scores, {@link DrivingScores#NOT_ENOUGH_DATA} below {@code minScoredKm}
 * @param segments   the segment attributes that apply, in declaration order
 * @param totals     the measures behind them
 */
public record DrivingProfile(
        String vin,
        Instant asOf,
        long asOfSeq,
        LocalDate windowFrom,
        LocalDate windowTo,
        DrivingScores scores,
        List<DrivingSegment> segments,
        ProfileTotals totals) {

    public DrivingProfile {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(totals, "totals");
        segments = List.copyOf(segments);
    }
}
