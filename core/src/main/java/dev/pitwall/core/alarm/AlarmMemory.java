package dev.pitwall.core.alarm;

import static dev.pitwall.core.state.VersionedBinary.readInstant;
import static dev.pitwall.core.state.VersionedBinary.readNullableBoolean;
import static dev.pitwall.core.state.VersionedBinary.readNullableDouble;
import static dev.pitwall.core.state.VersionedBinary.writeInstant;
import static dev.pitwall.core.state.VersionedBinary.writeNullableBoolean;
import static dev.pitwall.core.state.VersionedBinary.writeNullableDouble;

import dev.pitwall.core.state.VersionedBinary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link AlarmTracker} remembers of one vehicle between events: the newest message it has seen, the signals
 * the conditions need, and when each condition began and, once raised, when its alarm was raised. Immutable; the
 * tracker returns the next memory. Rules are not part of it, so a changed rule applies to a restored vehicle.
 *
 * <p>Its byte form ({@link #toBytes()}) carries a format version, so that this class, not a framework's
 * reflection, owns how a vehicle's alarm state survives checkpoints and upgrades.
 *
 * @param vin             the vehicle
 * @param newestEventTime event time of the newest message, {@code null} before the first
 * @param newestSeq       seq of the newest message (tie-break for equal event times), -1 before the first
 * @param offlineRaisedAt when the offline alarm was raised (its {@code since} is {@code newestEventTime}), or null
 * @param batteryVoltage  the newest reported 12 V battery voltage, or null if never reported
 * @param engineRunning   the newest reported engine state, or null if never reported
 * @param batteryLowSince when the battery became low at rest, or null while it is not
 * @param batteryRaisedAt when the battery alarm was raised, or null
 * @param dtcs            the active trouble codes, sorted by code
 */
public record AlarmMemory(
        String vin,
        Instant newestEventTime,
        long newestSeq,
        Instant offlineRaisedAt,
        Double batteryVoltage,
        Boolean engineRunning,
        Instant batteryLowSince,
        Instant batteryRaisedAt,
        List<ActiveDtc> dtcs) {

    static final byte FORMAT_VERSION = 1;
    private static final String FORMAT_NAME = "vehicle alarm memory";

    public AlarmMemory {
        Objects.requireNonNull(vin, "vin");
        dtcs = dtcs == null ? List.of() : List.copyOf(dtcs);
    }

    /** A vehicle the tracker has not seen a message from. */
    public static AlarmMemory empty(String vin) {
        return new AlarmMemory(vin, null, -1, null, null, null, null, null, List.of());
    }

    /**
     * One active trouble code.
     *
     * @param code     the SAE J2012 code
     * @param since    event time of the first message of its current run of reports
     * @param raisedAt when its alarm was raised, or null
     */
    public record ActiveDtc(String code, Instant since, Instant raisedAt) {

        public ActiveDtc {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(since, "since");
        }
    }

    /** Whether any alarm of this vehicle is raised and not cleared. */
    public boolean anyRaised() {
        return offlineRaisedAt != null || batteryRaisedAt != null
                || dtcs.stream().anyMatch(d -> d.raisedAt() != null);
    }

    /** The compact binary form for keyed state and checkpoints; read back with {@link #fromBytes(byte[])}. */
    public byte[] toBytes() {
        return VersionedBinary.write(FORMAT_VERSION, 64 + 32 * dtcs.size(), out -> {
            out.writeUTF(vin);
            writeInstant(out, newestEventTime);
            out.writeLong(newestSeq);
            writeInstant(out, offlineRaisedAt);
            writeNullableDouble(out, batteryVoltage);
            writeNullableBoolean(out, engineRunning);
            writeInstant(out, batteryLowSince);
            writeInstant(out, batteryRaisedAt);
            out.writeInt(dtcs.size());
            for (ActiveDtc dtc : dtcs) {
                out.writeUTF(dtc.code());
                writeInstant(out, dtc.since());
                writeInstant(out, dtc.raisedAt());
            }
        });
    }

    /** @throws IllegalArgumentException if the bytes are not a memory of a format version this build reads */
    public static AlarmMemory fromBytes(byte[] bytes) {
        return VersionedBinary.read(bytes, FORMAT_VERSION, FORMAT_NAME, in -> {
            String vin = in.readUTF();
            Instant newest = readInstant(in);
            long newestSeq = in.readLong();
            Instant offlineRaisedAt = readInstant(in);
            Double volts = readNullableDouble(in);
            Boolean engineRunning = readNullableBoolean(in);
            Instant lowSince = readInstant(in);
            Instant batteryRaisedAt = readInstant(in);
            int count = in.readInt();
            List<ActiveDtc> dtcs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                dtcs.add(new ActiveDtc(in.readUTF(), readInstant(in), readInstant(in)));
            }
            return new AlarmMemory(vin, newest, newestSeq, offlineRaisedAt, volts, engineRunning, lowSince,
                    batteryRaisedAt, dtcs);
        });
    }
}
