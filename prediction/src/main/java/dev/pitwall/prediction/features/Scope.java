package dev.pitwall.prediction.features;

/** Which samples of a signal a feature channel sees, by the engine state the sample was taken in. */
public enum Scope {
    /** Every sample. */
    ALL("all"),
    /** Samples with the engine running. */
    RUNNING("running"),
    /** Samples with the engine off: resting values (battery voltage at rest, tyre pressure cold). */
    PARKED("parked"),
    /** The first running sample after a parked one: the closest the telemetry gets to "at engine start". */
    ENGINE_START("start");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    /** The scope's part of a feature name, e.g. {@code battery_voltage.start.mean_7d}. */
    public String label() {
        return label;
    }
}
