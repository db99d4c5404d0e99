package dev.pitwall.core.alarm;

import java.time.Instant;
import java.util.Objects;

/**
 * One transition of one alarm of one vehicle: raised, or cleared. An alarm is identified by
 * {@code (vin, type, subject, since)}: its raise and its clear share that identity, and a condition that ends and
 * begins again is a new alarm with a new {@code since}. Both instants are event time, never the clock of the
 * machine that computed them, so a replay of the same telemetry produces the same events.
 *
 * @param vin     the vehicle
 * @param type    the condition
 * @param subject what the condition is about within the vehicle: the trouble code for
 *                {@link AlarmType#DTC_PERSISTENT}, empty otherwise
 * @param state   raised or cleared
 * @param since   event time the condition began: the last message before the silence, the first message reporting
 *                the code, the first message with the battery low at rest
 * @param at      event time of this transition: for a raise, {@code since} plus the rule's duration; for a clear,
 *                the message that ended the condition
 * @param detail  one sentence naming the evidence, for people
 */
public record VehicleAlarm(String vin, AlarmType type, String subject, AlarmState state, Instant since, Instant at,
        String detail) {

    public VehicleAlarm {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(at, "at");
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }

    public boolean raised() {
        return state == AlarmState.RAISED;
    }
}
