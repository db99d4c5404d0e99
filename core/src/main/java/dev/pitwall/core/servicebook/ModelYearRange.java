package dev.pitwall.core.servicebook;

/**
 * The model years a schedule applies to, both ends inclusive; a null end is open. Both null: every model year,
 * including VINs whose year code Pitwall cannot read.
 */
public record ModelYearRange(Integer from, Integer to) {

    public static final ModelYearRange ANY = new ModelYearRange(null, null);

    public ModelYearRange {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("modelYears: expected from <= to, got from " + from + " and to " + to);
        }
    }

    public boolean isAny() {
        return from == null && to == null;
    }

    public boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    public boolean overlaps(ModelYearRange other) {
        return (from == null || other.to == null || from <= other.to)
                && (other.from == null || to == null || other.from <= to);
    }

    @Override
    public String toString() {
        return isAny() ? "any model year" : "model years " + (from == null ? "" : from) + "–" + (to == null ? "" : to);
    }
}
