package dev.pitwall.core.offer;

import static dev.pitwall.core.offer.OfferFixtures.T0;
import static dev.pitwall.core.offer.OfferFixtures.VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.offer.OfferMemory.SentOffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferMemoryTest {

    @Test
    void survivesItsByteFormEmptyAndFull() {
        List<String> leads = new ArrayList<>();
        List<SentOffer> sent = new ArrayList<>();
        for (int i = 0; i < OfferMemory.MAX_OFFERED_LEADS; i++) {
            leads.add("lead-" + i + "-ü");
        }
        for (int i = 0; i < OfferMemory.MAX_SENT; i++) {
            sent.add(new SentOffer(i % 2 == 0 ? "fuel-partner-ahead" : "service-workshop-nearby", T0.plusSeconds(i)));
        }
        OfferMemory full = new OfferMemory(VIN, T0.plusNanos(5), 42, T0.minusSeconds(60), T0, leads, sent);
        OfferMemory empty = OfferMemory.empty(VIN);

        assertThat(OfferMemory.fromBytes(full.toBytes())).isEqualTo(full);
        assertThat(OfferMemory.fromBytes(empty.toBytes())).isEqualTo(empty);
        assertThat(empty.toBytes()).hasSizeLessThan(64);
    }

    @Test
    void refusesBytesItCannotRead() {
        byte[] future = OfferMemory.empty(VIN).toBytes();
        future[0] = 2;

        assertThatThrownBy(() -> OfferMemory.fromBytes(future)).hasMessageContaining("unknown format version 2");
        assertThatThrownBy(() -> OfferMemory.fromBytes(new byte[] {1, 0, 3, 'V'}))
                .hasMessageContaining("truncated or corrupt");
    }
}
