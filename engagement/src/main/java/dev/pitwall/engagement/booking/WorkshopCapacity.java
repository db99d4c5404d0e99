package dev.pitwall.engagement.booking;

/**
 * How many vehicles a workshop works on at once (its bays, numbered from 1) and how many courtesy cars it lends.
 */
public record WorkshopCapacity(int bays, int courtesyCars) {

    /** The schema's bounds (workshop_capacity). */
    public static final int MAX_BAYS = 100;
    public static final int MAX_COURTESY_CARS = 1000;

    public WorkshopCapacity {
        if (bays < 1 || bays > MAX_BAYS) {
            throw new IllegalArgumentException("bays: expected 1 to " + MAX_BAYS + ", got " + bays);
        }
        if (courtesyCars < 0 || courtesyCars > MAX_COURTESY_CARS) {
            throw new IllegalArgumentException("courtesy cars: expected 0 to " + MAX_COURTESY_CARS + ", got "
                    + courtesyCars);
        }
    }
}
