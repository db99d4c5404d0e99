package dev.pitwall.core.servicebook;

/** The three kinds of limit a maintenance interval can have; whichever is reached first makes an item due. */
public enum ServiceLimit {
    /** Kilometres driven since the basis (odometer). */
    DISTANCE,
    /** Calendar months since the basis. */
    TIME,
    /** Engine running hours since the basis. */
    ENGINE_HOURS
}
