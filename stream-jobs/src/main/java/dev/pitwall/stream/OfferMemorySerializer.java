package dev.pitwall.stream;

import dev.pitwall.core.offer.OfferMemory;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/**
 * Keeps a vehicle's {@link OfferMemory} in Flink keyed state in its own versioned binary form
 * ({@link OfferMemory#toBytes()}). The memory is immutable, so copies are the object itself.
 * {@link ConsentHistorySerializer} does the same for the vehicle's consent history.
 */
public final class OfferMemorySerializer extends VersionedBytesSerializer<OfferMemory> {

    private static final long serialVersionUID = 1L;

    public static final OfferMemorySerializer INSTANCE = new OfferMemorySerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public OfferMemory copy(OfferMemory from) {
        return from;
    }

    @Override
    protected byte[] toBytes(OfferMemory value) {
        return value.toBytes();
    }

    @Override
    protected OfferMemory fromBytes(byte[] bytes) {
        return OfferMemory.fromBytes(bytes);
    }

    @Override
    public TypeSerializerSnapshot<OfferMemory> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The byte format carries its own version, so the serializer itself never changes shape. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<OfferMemory> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
