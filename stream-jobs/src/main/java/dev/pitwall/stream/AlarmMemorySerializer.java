package dev.pitwall.stream;

import dev.pitwall.core.alarm.AlarmMemory;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/**
 * Keeps a vehicle's {@link AlarmMemory} in Flink keyed state in its own versioned binary form
 * ({@link AlarmMemory#toBytes()}). The memory is immutable, so copies are the object itself.
 */
public final class AlarmMemorySerializer extends VersionedBytesSerializer<AlarmMemory> {

    private static final long serialVersionUID = 1L;

    public static final AlarmMemorySerializer INSTANCE = new AlarmMemorySerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public AlarmMemory copy(AlarmMemory from) {
        return from;
    }

    @Override
    protected byte[] toBytes(AlarmMemory value) {
        return value.toBytes();
    }

    @Override
    protected AlarmMemory fromBytes(byte[] bytes) {
        return AlarmMemory.fromBytes(bytes);
    }

    @Override
    public TypeSerializerSnapshot<AlarmMemory> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The byte format carries its own version, so the serializer itself never changes shape. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<AlarmMemory> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
