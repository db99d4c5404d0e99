package dev.pitwall.core.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The frame and value encodings shared by the hand-written byte forms of per-vehicle state (alarm, offer, consent,
 * driving-profile memories): a leading format-version byte, then the type's own fields on a {@link DataOutputStream}.
 *
 * <p>Every encoding here is part of checkpoints already written: changing one breaks restoring them. A type that
 * needs a different encoding bumps its own format version instead.
 */
public final class VersionedBinary {

    private static final int NULL_INSTANT = -1;
    private static final byte NULL_BOOLEAN = -1;

    /** Writes a type's fields after the version byte. */
    @FunctionalInterface
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a type's fields after the version byte has been checked. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private VersionedBinary() {
    }

    /**
     * The version byte followed by what {@code fields} writes.
     *
     * @param expectedSize initial buffer capacity, a guess to spare copying; it does not limit the size
     */
    public static byte[] write(int version, int expectedSize, Writer fields) {
        var bytes = new ByteArrayOutputStream(expectedSize);
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(version);
            fields.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory stream: cannot happen
        }
        return bytes.toByteArray();
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @param what names the state in error messages, e.g. {@code "vehicle alarm memory"}
     * @throws IllegalArgumentException if the version byte is not {@code version}, or the bytes end early
     */
    public static <T> T read(byte[] bytes, int version, String what, Reader<T> fields) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int found = in.readUnsignedByte();
            if (found != version) {
                throw new IllegalArgumentException(what + ": unknown format version " + found
                        + " (this build reads " + version + ")");
            }
            return fields.read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + ": truncated or corrupt bytes", e);
        }
    }

    /**
     * {@code n} itself if it is a count of at most {@code max} {@code items}; a corrupt count would otherwise size
     * an allocation.
     *
     * @throws IllegalArgumentException naming {@code what} and {@code items} if it is not
     */
    public static int count(int n, int max, String what, String items) {
        if (n < 0 || n > max) {
            throw new IllegalArgumentException(what + ": expected 0.." + max + " " + items + ", got " + n);
        }
        return n;
    }

    /** An instant or null: nanos first (-1 for null), then epoch seconds. */
    public static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        if (instant == null) {
            out.writeInt(NULL_INSTANT);
            return;
        }
        out.writeInt(instant.getNano());
        out.writeLong(instant.getEpochSecond());
    }

    /** Reads what {@link #writeInstant} wrote. */
    public static Instant readInstant(DataInputStream in) throws IOException {
        int nanos = in.readInt();
        return nanos == NULL_INSTANT ? null : Instant.ofEpochSecond(in.readLong(), nanos);
    }

    /** A double or null: a presence boolean, then the value if present. */
    public static void writeNullableDouble(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    /** Reads what {@link #writeNullableDouble} wrote. */
    public static Double readNullableDouble(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    /** A boolean or null as one byte: 1, 0, or -1 for null. */
    public static void writeNullableBoolean(DataOutputStream out, Boolean value) throws IOException {
        out.writeByte(value == null ? NULL_BOOLEAN : value ? 1 : 0);
    }

    /** Reads what {@link #writeNullableBoolean} wrote. */
    public static Boolean readNullableBoolean(DataInputStream in) throws IOException {
        byte value = in.readByte();
        return value == NULL_BOOLEAN ? null : value == 1;
    }
}
