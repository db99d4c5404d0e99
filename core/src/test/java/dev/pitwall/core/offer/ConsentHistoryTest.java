package dev.pitwall.core.offer;

import static dev.pitwall.core.offer.OfferFixtures.T0;
import static dev.pitwall.core.offer.OfferFixtures.VIN;
import static dev.pitwall.core.offer.OfferFixtures.consent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.consent.MarketingConsent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConsentHistoryTest {

    @Test
    void consentIsOptInNothingKnownIsNotGranted() {
        assertThat(ConsentHistory.none().grantedAt(T0)).isFalse();
        assertThat(ConsentHistory.none().consentAt(T0)).isEmpty();
    }

    @Test
    void theNewestChangeAtOrBeforeTheInstantDecides() {
        ConsentHistory history = ConsentHistory.of(List.of(consent(true, T0), consent(false, T0.plusSeconds(60))));

        assertThat(history.grantedAt(T0.minusNanos(1))).isFalse();
        assertThat(history.grantedAt(T0)).isTrue();
        assertThat(history.grantedAt(T0.plusSeconds(59))).isTrue();
        assertThat(history.grantedAt(T0.plusSeconds(60))).isFalse();
        assertThat(history.consentAt(T0.plusSeconds(30))).contains(consent(true, T0));
    }

    @Test
    void theOrderChangesArriveInDoesNotMatterAndRepeatsAreIgnored() {
        List<MarketingConsent> changes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            changes.add(consent(i % 2 == 0, T0.plus(Duration.ofHours(i))));
        }
        ConsentHistory inOrder = ConsentHistory.of(changes);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<MarketingConsent> shuffled = new ArrayList<>(changes);
            shuffled.addAll(changes.subList(0, 3)); // redelivered
            Collections.shuffle(shuffled, random);
            assertThat(ConsentHistory.of(shuffled)).isEqualTo(inOrder);
        }
        assertThat(inOrder.with(changes.get(2))).isSameAs(inOrder);
    }

    @Test
    void aWithdrawalWinsATieWithAGrant() {
        ConsentHistory tie = ConsentHistory.of(List.of(consent(false, T0), consent(true, T0)));
        ConsentHistory otherWay = ConsentHistory.of(List.of(consent(true, T0), consent(false, T0)));

        assertThat(tie.grantedAt(T0)).isFalse();
        assertThat(otherWay).isEqualTo(tie);
    }

    @Test
    void aNewSubscribersGrantAfterTheOldOnesWithdrawalCounts() {
        ConsentHistory history = ConsentHistory.of(List.of(consent(true, T0), consent(false, T0.plusSeconds(10)),
                new MarketingConsent(VIN, "sub-2", true, T0.plusSeconds(20))));

        assertThat(history.consentAt(T0.plusSeconds(20)).orElseThrow().subscriberId()).isEqualTo("sub-2");
        assertThat(history.grantedAt(T0.plusSeconds(20))).isTrue();
    }

    @Test
    void keepsOnlyTheNewestChangesAndIgnoresOnesOlderThanAllKept() {
        ConsentHistory history = ConsentHistory.none();
        for (int i = 0; i < ConsentHistory.MAX_CHANGES + 4; i++) {
            history = history.with(consent(i % 2 == 1, T0.plus(Duration.ofDays(i))));
        }

        assertThat(history.changes()).hasSize(ConsentHistory.MAX_CHANGES);
        assertThat(history.changes().get(0).changedAt()).isEqualTo(T0.plus(Duration.ofDays(4)));
        assertThat(history.with(consent(true, T0.minusSeconds(1)))).isSameAs(history);
        // before the oldest change kept nothing is known: not granted
        assertThat(history.grantedAt(T0.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void survivesItsByteForm() {
        ConsentHistory history = ConsentHistory.of(List.of(consent(true, T0.plusNanos(123)),
                new MarketingConsent(VIN, "sub-ä", false, T0.plusSeconds(5))));

        assertThat(ConsentHistory.fromBytes(history.toBytes())).isEqualTo(history);
        assertThat(ConsentHistory.fromBytes(ConsentHistory.none().toBytes())).isEqualTo(ConsentHistory.none());
        byte[] future = history.toBytes();
        future[0] = 9;
        assertThatThrownBy(() -> ConsentHistory.fromBytes(future)).hasMessageContaining("unknown format version 9");
        assertThatThrownBy(() -> ConsentHistory.fromBytes(new byte[] {1, 0, 0, 0, 1, 0}))
                .hasMessageContaining("truncated or corrupt");
    }
}
