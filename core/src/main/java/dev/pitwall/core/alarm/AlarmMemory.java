package dev.pitwall.core.alarm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private static final int NULL_INSTANT = -1;
    private static final byte NULL_BOOLEAN = -1;

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
        var bytes = new ByteArrayOutputStream(64 + 32 * dtcs.size());
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_VERSION);
            out.writeUTF(vin);
            writeInstant(out, newestEventTime);
            out.writeLong(newestSeq);
            writeInstant(out, offlineRaisedAt);
            out.writeBoolean(batteryVoltage != null);
            if (batteryVoltage != null) {
                out.writeDouble(batteryVoltage);
            }
            out.writeByte(engineRunning == null ? NULL_BOOLEAN : engineRunning ? 1 : 0);
            writeInstant(out, batteryLowSince);
            writeInstant(out, batteryRaisedAt);
            out.writeInt(dtcs.size());
            for (ActiveDtc dtc : dtcs) {
                out.writeUTF(dtc.code());
                writeInstant(out, dtc.since());
                writeInstant(out, dtc.raisedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory stream: cannot happen
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException if the bytes are not a memory of a format version this build reads */
    public static AlarmMemory fromBytes(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("vehicle alarm memory: unknown format version " + version
                        + " (this build reads " + FORMAT_VERSION + ")");
            }
            String vin = in.readUTF();
            Instant newest = readInstant(in);
            long newestSeq = in.readLong();
            Instant offlineRaisedAt = readInstant(in);
            Double volts = in.readBoolean() ? in.readDouble() : null;
            byte engine = in.readByte();
            Boolean engineRunning = engine == NULL_BOOLEAN ? null : engine == 1;
            Instant lowSince = readInstant(in);
            Instant batteryRaisedAt = readInstant(in);
            int count = in.readInt();
            List<ActiveDtc> dtcs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                dtcs.add(new ActiveDtc(in.readUTF(), readInstant(in), readInstant(in)));
            }
            return new AlarmMemory(vin, newest, newestSeq, offlineRaisedAt, volts, engineRunning, lowSince,
                    batteryRaisedAt, dtcs);
        } catch (IOException e) {
            throw new IllegalArgumentException("vehicle alarm memory: truncated or corrupt bytes", e);
        }
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        if (instant == null) {
            out.writeInt(NULL_INSTANT);
            return;
        }
        out.writeInt(instant.getNano());
        out.writeLong(instant.getEpochSecond());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        int nanos = in.readInt();
        return nanos == NULL_INSTANT ? null : Instant.ofEpochSecond(in.readLong(), nanos);
    }
}
