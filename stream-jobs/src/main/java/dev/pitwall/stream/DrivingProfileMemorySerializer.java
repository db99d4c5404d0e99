package dev.pitwall.stream;

import dev.pitwall.core.profile.DrivingProfileMemory;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/**
 * Keeps a vehicle's {@link DrivingProfileMemory} in Flink keyed state in its own versioned binary form
 * ({@link DrivingProfileMemory#toBytes()}). The memory is immutable, so copies are the object itself.
 */
public final class DrivingProfileMemorySerializer extends VersionedBytesSerializer<DrivingProfileMemory> {

    private static final long serialVersionUID = 1L;

    public static final DrivingProfileMemorySerializer INSTANCE = new DrivingProfileMemorySerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public DrivingProfileMemory copy(DrivingProfileMemory from) {
        return from;
    }

    @Override
    protected byte[] toBytes(DrivingProfileMemory value) {
        return value.toBytes();
    }

    @Override
    protected DrivingProfileMemory fromBytes(byte[] bytes) {
        return DrivingProfileMemory.fromBytes(bytes);
    }

    @Override
    public TypeSerializerSnapshot<DrivingProfileMemory> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The byte format carries its own version, so the serializer itself never changes shape. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<DrivingProfileMemory> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
