package dev.pitwall.engagement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CauseTest {

    @Test
    void readsItsOwnReference() {
        Cause cause = Cause.campaign("spring-tyres-2026", "B");

        assertThat(cause.reference()).isEqualTo("CAMPAIGN:spring-tyres-2026");
        assertThat(Cause.parse("campaign:spring-tyres-2026")).isEqualTo(Cause.of(CauseKind.CAMPAIGN,
                "spring-tyres-2026"));
        assertThat(Cause.parse("LEAD:6f1c:2b9e")).isEqualTo(Cause.of(CauseKind.LEAD, "6f1c:2b9e"));
    }

    @Test
    void refusesReferencesWithoutKindOrId() {
        assertThatThrownBy(() -> Cause.parse("42")).hasMessageContaining("KIND:id");
        assertThatThrownBy(() -> Cause.parse("NEWSLETTER:42")).hasMessageContaining("KIND:id");
        assertThatThrownBy(() -> Cause.parse("LEAD:")).hasMessageContaining("cause id");
    }

    @Test
    void allowsAVariantOnlyForCampaigns() {
        assertThatThrownBy(() -> new Cause(CauseKind.LEAD, "42", "B")).hasMessageContaining("variant");
    }
}
