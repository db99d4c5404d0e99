package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.offer.ConsentHistory;
import dev.pitwall.core.offer.OfferMemory;
import dev.pitwall.core.offer.OfferMemory.SentOffer;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

/** The offer operator's state serializers: values, raw copies, snapshots and the serializers themselves. */
class OfferMemorySerializerTest {

    static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");
    static final OfferMemory MEMORY = new OfferMemory("1PWTST00000000001", T0, 7, T0.minusSeconds(600), T0,
            List.of("lead-1", "lead-2"), List.of(new SentOffer("fuel-partner-ahead", T0)));
    static final ConsentHistory CONSENT = ConsentHistory.of(List.of(
            new MarketingConsent("1PWTST00000000001", "sub-1", true, T0.minusSeconds(86_400)),
            new MarketingConsent("1PWTST00000000001", "sub-1", false, T0.plusNanos(1))));

    @Test
    void memoryAndConsentSurviveTheSerializers() throws IOException {
        assertThat(roundTrip(OfferMemorySerializer.INSTANCE, MEMORY)).isEqualTo(MEMORY);
        assertThat(roundTrip(OfferMemorySerializer.INSTANCE, OfferMemory.empty("1PWTST00000000002")))
                .isEqualTo(OfferMemory.empty("1PWTST00000000002"));
        assertThat(roundTrip(ConsentHistorySerializer.INSTANCE, CONSENT)).isEqualTo(CONSENT);
        assertThat(roundTrip(ConsentHistorySerializer.INSTANCE, ConsentHistory.none()))
                .isEqualTo(ConsentHistory.none());
    }

    @Test
    void copiesRawBytesAndImmutableValues() throws IOException {
        DataOutputSerializer first = new DataOutputSerializer(64);
        OfferMemorySerializer.INSTANCE.serialize(MEMORY, first);
        DataOutputSerializer copied = new DataOutputSerializer(256); // copy(view, n) does not grow the buffer
        OfferMemorySerializer.INSTANCE.copy(new DataInputDeserializer(first.getCopyOfBuffer()), copied);

        assertThat(copied.getCopyOfBuffer()).isEqualTo(first.getCopyOfBuffer());
        assertThat(OfferMemorySerializer.INSTANCE.copy(MEMORY)).isSameAs(MEMORY);
        assertThat(ConsentHistorySerializer.INSTANCE.createInstance())
                .isEqualTo(ConsentHistory.none());
    }

    @Test
    void snapshotsRestoreTheSameSerializers() throws Exception {
        assertThat(restored(OfferMemorySerializer.INSTANCE)).isEqualTo(OfferMemorySerializer.INSTANCE);
        assertThat(restored(ConsentHistorySerializer.INSTANCE))
                .isEqualTo(ConsentHistorySerializer.INSTANCE);
        assertThat(OfferMemorySerializer.INSTANCE.snapshotConfiguration()
                .resolveSchemaCompatibility(OfferMemorySerializer.INSTANCE.snapshotConfiguration())
                .isCompatibleAsIs()).isTrue();
        assertThat(InstantiationUtil.clone(OfferMemorySerializer.INSTANCE)).isEqualTo(OfferMemorySerializer.INSTANCE);
    }

    private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    private static <T> TypeSerializer<T> restored(TypeSerializer<T> serializer) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        TypeSerializerSnapshot<T> read = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), OfferMemorySerializerTest.class.getClassLoader());
        return read.restoreSerializer();
    }
}
