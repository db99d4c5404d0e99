package dev.pitwall.stream;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A Flink serializer for a state object that owns its binary form ({@code toBytes}/{@code fromBytes}, versioned
 * inside), so the domain code, not Flink's reflection, owns the format and its evolution. The serializer itself is
 * stateless and never changes shape; on the wire a value is its length and its bytes.
 */
abstract class VersionedBytesSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    /** The value's own binary form. */
    protected abstract byte[] toBytes(T value);

    /** Reads what {@link #toBytes} wrote, of this or an older version. */
    protected abstract T fromBytes(byte[] bytes);

    @Override
    public TypeSerializer<T> duplicate() {
        return this; // stateless
    }

    @Override
    public T createInstance() {
        return null; // no meaningful empty state without a VIN
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        byte[] bytes = toBytes(record);
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        byte[] bytes = new byte[source.readInt()];
        source.readFully(bytes);
        return fromBytes(bytes);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
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
        return obj != null && obj.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
