package dev.pitwall.core.alarm;

/** Which transition a {@link VehicleAlarm} event reports: each alarm is raised once and cleared at most once. */
public enum AlarmState {
    RAISED, CLEARED
}
