package dev.pitwall.core.alarm;

/** The conditions a vehicle raises an alarm for, each judged on event time (docs/alarms.md). */
public enum AlarmType {

    /** No telemetry from the vehicle for {@link AlarmRules#offlineAfter()} of event time. Subject: empty. */
    VEHICLE_OFFLINE,

    /** One trouble code reported active, without a report lacking it, for {@link AlarmRules#dtcActiveFor()}. Subject: the code. */
    DTC_PERSISTENT,

    /**
     * The 12 V battery below {@link AlarmRules#batteryLowVolts()} with the engine not running, for
     * {@link AlarmRules#batteryLowParkedFor()}. Subject: empty.
     */
    BATTERY_LOW_PARKED
}
