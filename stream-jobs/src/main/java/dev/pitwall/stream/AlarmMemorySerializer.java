package dev.pitwall.stream;

import dev.pitwall.core.alarm.AlarmMemory;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keeps a vehicle's {@link AlarmMemory} in Flink keyed state in its own versioned binary form
 * ({@link AlarmMemory#toBytes()}), so core's alarm code, not Flink's reflection, owns the format and its evolution.
 * The memory is immutable, so copies are the object itself.
 */
public final class AlarmMemorySerializer extends TypeSerializer<AlarmMemory> {

    private static final long serialVersionUID = 1L;

    public static final AlarmMemorySerializer INSTANCE = new AlarmMemorySerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public TypeSerializer<AlarmMemory> duplicate() {
        return this; // stateless
    }

    @Override
    public AlarmMemory createInstance() {
        return null; // no meaningful empty memory without a VIN
    }

    @Override
    public AlarmMemory copy(AlarmMemory from) {
        return from;
    }

    @Override
    public AlarmMemory copy(AlarmMemory from, AlarmMemory reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(AlarmMemory record, DataOutputView target) throws IOException {
        byte[] bytes = record.toBytes();
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public AlarmMemory deserialize(DataInputView source) throws IOException {
        byte[] bytes = new byte[source.readInt()];
        source.readFully(bytes);
        return AlarmMemory.fromBytes(bytes);
    }

    @Override
    public AlarmMemory deserialize(AlarmMemory reuse, DataInputView source) throws IOException {
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
        return obj instanceof AlarmMemorySerializer;
    }

    @Override
    public int hashCode() {
        return AlarmMemorySerializer.class.hashCode();
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
