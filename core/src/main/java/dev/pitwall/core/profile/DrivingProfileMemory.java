package dev.pitwall.core.profile;

import static dev.pitwall.core.state.VersionedBinary.readInstant;
import static dev.pitwall.core.state.VersionedBinary.readNullableBoolean;
import static dev.pitwall.core.state.VersionedBinary.readNullableDouble;
import static dev.pitwall.core.state.VersionedBinary.writeInstant;
import static dev.pitwall.core.state.VersionedBinary.writeNullableBoolean;
import static dev.pitwall.core.state.VersionedBinary.writeNullableDouble;

import dev.pitwall.core.state.VersionedBinary;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DrivingProfileTracker} remembers of one vehicle between events: the newest message, the signals the
 * next interval is judged against, the open trip, the refuel and harshness state, what is still to be emitted, and
 * one {@link DailyBucket} per local day of the window. Immutable; the tracker returns the next memory. Its size is
 * bounded by the rules' window ({@code windowDays} buckets of some 100 bytes).
 *
 * <p>Its byte form ({@link #toBytes()}) carries a format version, so that this class, not a framework's reflection,
 * owns how a vehicle's profile state survives checkpoints and upgrades.
 *
 * @param vin              the vehicle
 * @param newestEventTime  event time of the newest message, {@code null} before the first
 * @param newestSeq        its seq, -1 before the first
 * @param firstDay         local day of the vehicle's first message, {@code null} before it
 * @param speedKmh         the newest reported speed, or null
 * @param speedAt          when it was reported
 * @param odometerKm       the newest odometer reading accepted as the baseline, or null if never reported
 * @param odometerAt       when it was read
 * @param fuelLevelPct     the newest reported fuel level, or null
 * @param engineRunning    the newest reported engine state, or null if never reported
 * @param fuelReferencePct the level fuel use and refuels are measured from: the lowest since the last refuel
 * @param refuelling       a refuel was recognised at the current stop, so further rises at it add to it
 * @param braking          the newest judged speed change was harsh braking (one event per run of them)
 * @param accelerating     the newest judged speed change was harsh acceleration
 * @param tripStart        when the open trip started, null when none is open
 * @param tripKm           the open trip's distance so far
 * @param stillSince       when the vehicle last stopped moving, null while it moves
 * @param lastEmittedAt    event time of the last emission, null before the first
 * @param dirtySince       event time of the first message not yet emitted, null when all are
 * @param dayDirty         today's bucket changed since it was last emitted
 * @param today            the bucket of the newest message's local day, null before the first message
 * @param pastDays         earlier days of the window that had messages, oldest first
 */
public record DrivingProfileMemory(
        String vin,
        Instant newestEventTime,
        long newestSeq,
        LocalDate firstDay,
        Double speedKmh,
        Instant speedAt,
        Double odometerKm,
        Instant odometerAt,
        Double fuelLevelPct,
        Boolean engineRunning,
        Double fuelReferencePct,
        boolean refuelling,
        boolean braking,
        boolean accelerating,
        Instant tripStart,
        double tripKm,
        Instant stillSince,
        Instant lastEmittedAt,
        Instant dirtySince,
        boolean dayDirty,
        DailyBucket today,
        List<DailyBucket> pastDays) {

    static final byte FORMAT_VERSION = 1;
    private static final String FORMAT_NAME = "driving profile memory";
    private static final long NULL_DAY = Long.MIN_VALUE;

    public DrivingProfileMemory {
        Objects.requireNonNull(vin, "vin");
        pastDays = pastDays == null ? List.of() : List.copyOf(pastDays);
    }

    /** A vehicle the tracker has not seen a message from. */
    public static DrivingProfileMemory empty(String vin) {
        return new DrivingProfileMemory(vin, null, -1, null, null, null, null, null, null, null, null, false, false,
                false, null, 0, null, null, null, false, null, List.of());
    }

    /** The buckets of the memory, oldest first, today last. */
    public List<DailyBucket> days() {
        if (today == null) {
            return pastDays;
        }
        List<DailyBucket> all = new ArrayList<>(pastDays.size() + 1);
        all.addAll(pastDays);
        all.add(today);
        return all;
    }

    /** The compact binary form for keyed state and checkpoints; read back with {@link #fromBytes(byte[])}. */
    public byte[] toBytes() {
        return VersionedBinary.write(FORMAT_VERSION, 160 + 96 * (pastDays.size() + 1), out -> {
            out.writeUTF(vin);
            writeInstant(out, newestEventTime);
            out.writeLong(newestSeq);
            out.writeLong(firstDay == null ? NULL_DAY : firstDay.toEpochDay());
            writeNullableDouble(out, speedKmh);
            writeInstant(out, speedAt);
            writeNullableDouble(out, odometerKm);
            writeInstant(out, odometerAt);
            writeNullableDouble(out, fuelLevelPct);
            writeNullableBoolean(out, engineRunning);
            writeNullableDouble(out, fuelReferencePct);
            out.writeByte((refuelling ? 1 : 0) | (braking ? 2 : 0) | (accelerating ? 4 : 0) | (dayDirty ? 8 : 0));
            writeInstant(out, tripStart);
            out.writeDouble(tripKm);
            writeInstant(out, stillSince);
            writeInstant(out, lastEmittedAt);
            writeInstant(out, dirtySince);
            out.writeBoolean(today != null);
            if (today != null) {
                writeBucket(out, today);
            }
            out.writeShort(pastDays.size());
            for (DailyBucket day : pastDays) {
                writeBucket(out, day);
            }
        });
    }

    /** @throws IllegalArgumentException if the bytes are not a memory of a format version this build reads */
    public static DrivingProfileMemory fromBytes(byte[] bytes) {
        return VersionedBinary.read(bytes, FORMAT_VERSION, FORMAT_NAME, in -> {
            String vin = in.readUTF();
            Instant newest = readInstant(in);
            long newestSeq = in.readLong();
            long firstDay = in.readLong();
            Double speed = readNullableDouble(in);
            Instant speedAt = readInstant(in);
            Double odometer = readNullableDouble(in);
            Instant odometerAt = readInstant(in);
            Double fuel = readNullableDouble(in);
            Boolean engineRunning = readNullableBoolean(in);
            Double fuelReference = readNullableDouble(in);
            int flags = in.readUnsignedByte();
            Instant tripStart = readInstant(in);
            double tripKm = in.readDouble();
            Instant stillSince = readInstant(in);
            Instant lastEmittedAt = readInstant(in);
            Instant dirtySince = readInstant(in);
            DailyBucket today = in.readBoolean() ? readBucket(in) : null;
            int count = in.readUnsignedShort();
            List<DailyBucket> past = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                past.add(readBucket(in));
            }
            return new DrivingProfileMemory(vin, newest, newestSeq,
                    firstDay == NULL_DAY ? null : LocalDate.ofEpochDay(firstDay), speed, speedAt, odometer,
                    odometerAt, fuel, engineRunning, fuelReference, (flags & 1) != 0, (flags & 2) != 0,
                    (flags & 4) != 0, tripStart, tripKm, stillSince, lastEmittedAt, dirtySince, (flags & 8) != 0,
                    today, past);
        });
    }

    private static void writeBucket(DataOutputStream out, DailyBucket b) throws IOException {
        out.writeLong(b.day().toEpochDay());
        out.writeDouble(b.km());
        out.writeDouble(b.drivingSeconds());
        out.writeDouble(b.speedingSeconds());
        out.writeDouble(b.nightKm());
        out.writeDouble(b.fuelUsedPct());
        out.writeDouble(b.refuelledPct());
        out.writeInt(b.refuelCount());
        out.writeInt(b.trips());
        out.writeDouble(b.tripKm());
        out.writeInt(b.harshBrakings());
        out.writeInt(b.harshAccelerations());
        out.writeByte(b.tripStartHours().size());
        for (int hour : b.tripStartHours()) {
            out.writeByte(hour);
        }
    }

    private static DailyBucket readBucket(DataInputStream in) throws IOException {
        LocalDate day = LocalDate.ofEpochDay(in.readLong());
        double km = in.readDouble();
        double driving = in.readDouble();
        double speeding = in.readDouble();
        double nightKm = in.readDouble();
        double fuelUsed = in.readDouble();
        double refuelled = in.readDouble();
        int refuels = in.readInt();
        int trips = in.readInt();
        double tripKm = in.readDouble();
        int brakings = in.readInt();
        int accelerations = in.readInt();
        int hours = in.readUnsignedByte();
        List<Integer> startHours = new ArrayList<>(hours);
        for (int i = 0; i < hours; i++) {
            startHours.add(in.readUnsignedByte());
        }
        return new DailyBucket(day, km, driving, speeding, nightKm, fuelUsed, refuelled, refuels, trips, tripKm,
                brakings, accelerations, startHours);
    }
}
