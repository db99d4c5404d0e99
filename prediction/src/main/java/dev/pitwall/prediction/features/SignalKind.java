package dev.pitwall.prediction.features;

/** How a signal's samples are summarised. */
public enum SignalKind {
    /** A level that goes up and down (voltage, temperature, pressure): window statistics, EWMA, last value. */
    GAUGE,
    /** A monotonic total (odometer, engine hours): last value and growth per day. */
    COUNTER,
    /** Not summarised (position, heading, fuel level: they say nothing about wear). */
    EXCLUDED
}
