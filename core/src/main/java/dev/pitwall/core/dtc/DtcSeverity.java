package dev.pitwall.core.dtc;

/** How urgently an active trouble code needs a workshop. */
public enum DtcSeverity {
    /** Stop driving soon: damage or danger (overheating, no oil pressure). */
    CRITICAL,
    /** Book a workshop this week (misfire, charging fault). */
    HIGH,
    /** Book at the next service (sensor faults, lean mixture). */
    MEDIUM,
    /** Informational (evaporative leak, comfort electronics). */
    LOW
}
