package dev.pitwall.stream;

import dev.pitwall.prediction.features.VehicleFeatureState;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keeps a {@link VehicleFeatureState} in Flink keyed state as the object itself (the heap backend serialises it
 * only at checkpoints) and in its own versioned binary form ({@link VehicleFeatureState#toBytes()}) on disk, so
 * the feature code, not Flink's reflection, owns the format and its evolution.
 */
public final class FeatureStateSerializer extends TypeSerializer<VehicleFeatureState> {

    private static final long serialVersionUID = 1L;

    public static final FeatureStateSerializer INSTANCE = new FeatureStateSerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<VehicleFeatureState> duplicate() {
        return this; // stateless
    }

    @Override
    public VehicleFeatureState createInstance() {
        return null; // no meaningful empty state without a VIN
    }

    @Override
    public VehicleFeatureState copy(VehicleFeatureState from) {
        return from == null ? null : VehicleFeatureState.fromBytes(from.toBytes());
    }

    @Override
    public VehicleFeatureState copy(VehicleFeatureState from, VehicleFeatureState reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(VehicleFeatureState record, DataOutputView target) throws IOException {
        byte[] bytes = record.toBytes();
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public VehicleFeatureState deserialize(DataInputView source) throws IOException {
        byte[] bytes = new byte[source.readInt()];
        source.readFully(bytes);
        return VehicleFeatureState.fromBytes(bytes);
    }

    @Override
    public VehicleFeatureState deserialize(VehicleFeatureState reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        target.write(source, length);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FeatureStateSerializer;
    }

    @Override
    public int hashCode() {
        return FeatureStateSerializer.class.hashCode();
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
