package dev.pitwall.stream;

import dev.pitwall.core.offer.ConsentHistory;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/** A vehicle's {@link ConsentHistory} in keyed state, in its own versioned binary form. */
public final class ConsentHistorySerializer extends VersionedBytesSerializer<ConsentHistory> {

    private static final long serialVersionUID = 1L;

    public static final ConsentHistorySerializer INSTANCE = new ConsentHistorySerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public ConsentHistory copy(ConsentHistory from) {
        return from;
    }

    @Override
    public ConsentHistory createInstance() {
        return ConsentHistory.none();
    }

    @Override
    protected byte[] toBytes(ConsentHistory value) {
        return value.toBytes();
    }

    @Override
    protected ConsentHistory fromBytes(byte[] bytes) {
        return ConsentHistory.fromBytes(bytes);
    }

    @Override
    public TypeSerializerSnapshot<ConsentHistory> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Like the memory's: the bytes carry the version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ConsentHistory> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
