package dev.pitwall.stream;

import dev.pitwall.prediction.features.VehicleFeatureState;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/**
 * Keeps a {@link VehicleFeatureState} in Flink keyed state as the object itself (the heap backend serialises it
 * only at checkpoints) and in its own versioned binary form ({@link VehicleFeatureState#toBytes()}) on disk. The
 * state is mutable, so a copy goes through the byte form.
 */
public final class FeatureStateSerializer extends VersionedBytesSerializer<VehicleFeatureState> {

    private static final long serialVersionUID = 1L;

    public static final FeatureStateSerializer INSTANCE = new FeatureStateSerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public VehicleFeatureState copy(VehicleFeatureState from) {
        return from == null ? null : VehicleFeatureState.fromBytes(from.toBytes());
    }

    @Override
    protected byte[] toBytes(VehicleFeatureState value) {
        return value.toBytes();
    }

    @Override
    protected VehicleFeatureState fromBytes(byte[] bytes) {
        return VehicleFeatureState.fromBytes(bytes);
    }

    @Override
    public TypeSerializerSnapshot<VehicleFeatureState> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The byte format carries its own version, so the serializer itself never changes shape. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<VehicleFeatureState> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
