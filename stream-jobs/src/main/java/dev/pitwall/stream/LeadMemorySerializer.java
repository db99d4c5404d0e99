package dev.pitwall.stream;

import dev.pitwall.core.lead.LeadMemory;
import dev.pitwall.core.topic.JsonRecordFormat;
import java.util.Arrays;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/**
 * Keeps a vehicle's {@link LeadMemory} in Flink keyed state as versioned JSON: one format byte, then the record as
 * JSON (unknown fields ignored on reading, so a later version may add fields). The memory is small and only
 * serialized at checkpoints with the heap backend. It is immutable, so copies are the object itself.
 */
public final class LeadMemorySerializer extends VersionedBytesSerializer<LeadMemory> {

    private static final long serialVersionUID = 1L;
    private static final byte FORMAT_JSON_V1 = 1;
    private static final JsonRecordFormat<LeadMemory> JSON = new JsonRecordFormat<>(LeadMemory.class);

    public static final LeadMemorySerializer INSTANCE = new LeadMemorySerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public LeadMemory copy(LeadMemory from) {
        return from;
    }

    @Override
    protected byte[] toBytes(LeadMemory value) {
        byte[] json = JSON.encode(value);
        byte[] bytes = new byte[json.length + 1];
        bytes[0] = FORMAT_JSON_V1;
        System.arraycopy(json, 0, bytes, 1, json.length);
        return bytes;
    }

    @Override
    protected LeadMemory fromBytes(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != FORMAT_JSON_V1) {
            throw new IllegalStateException("unknown lead memory format " + (bytes.length == 0 ? "(empty)" : bytes[0]));
        }
        return JSON.decode(Arrays.copyOfRange(bytes, 1, bytes.length));
    }

    @Override
    public TypeSerializerSnapshot<LeadMemory> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The byte format carries its own version, so the serializer itself never changes shape. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<LeadMemory> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
