package dev.pitwall.api.web;

/** The {@code limit} parameter of the endpoints that return the newest points of a time range. */
public final class PointLimit {

    private PointLimit() {
    }

    /** Applies {@code defaultLimit} when none is given and rejects anything outside 1..{@code maxLimit}. */
    public static int of(Integer limit, int defaultLimit, int maxLimit) {
        int points = limit == null ? defaultLimit : limit;
        if (points < 1 || points > maxLimit) {
            throw new InvalidParameterException("limit", "an integer from 1 to " + maxLimit, points);
        }
        return points;
    }
}
