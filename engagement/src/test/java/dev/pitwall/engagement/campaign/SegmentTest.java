package dev.pitwall.engagement.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTest {

    @Test
    void anEmptySegmentIsValid() {
        assertThat(Segment.everyone().violations()).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedWithWhatItExpects() {
        Segment segment = new Segment(new Segment.IntRange(2030, 2020), List.of("wvw"), List.of(" "),
                List.of("GREAT"), new Segment.IntRange(null, 101), new Segment.DecimalRange(-1.0, null),
                new Segment.IntRange(null, null), List.of("NIGHT_OWL"), List.of("OIL"),
                new Segment.Near(91.0, 11.5, 0.0), -1, null);

        assertThat(segment.violations()).extracting(Segment.Violation::field).containsExactly(
                "modelYears.max", "healthScore.max", "drivingScore", "kmPerDay.min", "wmis[0]", "plans[0]",
                "healthBands[0]", "profileAttributes[0]", "openLeadReasons[0]", "near.latitude", "near.radiusKm",
                "subscriptionEndsWithinDays");
        assertThat(segment.violations().get(0).expected()).isEqualTo("at least min (2030)");
    }

    @Test
    void variantsNeedDistinctKeysWeightsAndText() {
        List<Segment.Violation> violations = Variant.violations(List.of(new Variant("A", 50, "Hi", "Body"),
                new Variant("A", 0, "", null), new Variant("CONTROL", 10, "s", "b")));

        assertThat(violations).extracting(Segment.Violation::field).containsExactly("variants[1].key",
                "variants[1].weight", "variants[1].subject", "variants[1].body", "variants[2].key");
        assertThat(Variant.violations(List.of())).extracting(Segment.Violation::field).containsExactly("variants");
    }

    @Test
    void aVariantsLinkMustBeAnAbsoluteWebAddress() {
        List<Segment.Violation> violations = Variant.violations(List.of(
                new Variant("A", 1, "s", "b", "https://portal.pitwall.dev/offers/winter-tyres"),
                new Variant("B", 1, "s", "b", "javascript:alert(1)"),
                new Variant("C", 1, "s", "b", "/offers/relative"),
                new Variant("D", 1, "s", "b", "https://example.com/" + "x".repeat(2000))));

        assertThat(violations).extracting(Segment.Violation::field)
                .containsExactly("variants[1].link", "variants[2].link", "variants[3].link");
    }
}
