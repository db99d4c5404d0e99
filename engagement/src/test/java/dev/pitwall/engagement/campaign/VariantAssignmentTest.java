package dev.pitwall.engagement.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariantAssignmentTest {

    static final UUID CAMPAIGN = UUID.fromString("0b6a7c1e-5d1f-4f7e-8a0e-3f2b1c4d5e60");
    static final List<Variant> AB = List.of(new Variant("A", 70, "s", "b"), new Variant("B", 30, "s", "b"));

    @Test
    void aMembersGroupDependsOnlyOnCampaignSubscriberAndVehicle() {
        VariantAssignment first = new VariantAssignment(CAMPAIGN, 10, AB);
        VariantAssignment again = new VariantAssignment(CAMPAIGN, 10, AB);

        for (int i = 0; i < 1_000; i++) {
            assertThat(again.assign("sub-" + i, "VIN" + i)).isEqualTo(first.assign("sub-" + i, "VIN" + i));
        }
    }

    @Test
    void theAudienceSplitsByControlShareAndWeights() {
        Map<String, Integer> groups = split(new VariantAssignment(CAMPAIGN, 10, AB), 20_000);

        // SHA-256 spreads members evenly: within 1.5 percentage points of the configured shares at 20,000 members
        assertThat(groups.get(Variant.CONTROL)).isBetween(1_700, 2_300);
        assertThat(groups.get("A")).isBetween(12_300, 12_900); // 70 % of the 90 % = 63 %
        assertThat(groups.get("B")).isBetween(5_100, 5_700); // 27 %
    }

    @Test
    void noControlGroupMeansEveryoneGetsAVariant() {
        assertThat(split(new VariantAssignment(CAMPAIGN, 0, AB), 2_000)).doesNotContainKey(Variant.CONTROL);
    }

    @Test
    void anotherCampaignShufflesTheGroups() {
        VariantAssignment one = new VariantAssignment(CAMPAIGN, 50, List.of(new Variant("A", 1, "s", "b")));
        VariantAssignment other = new VariantAssignment(UUID.randomUUID(), 50, List.of(new Variant("A", 1, "s", "b")));
        int same = 0;
        for (int i = 0; i < 2_000; i++) {
            if (one.assign("sub-" + i, "VIN").equals(other.assign("sub-" + i, "VIN"))) {
                same++;
            }
        }
        // independent halves agree about half the time; the same split would agree always
        assertThat(same).isBetween(850, 1_150);
    }

    @Test
    void aControlShareAboveHalfIsRefused() {
        assertThatThrownBy(() -> new VariantAssignment(CAMPAIGN, 51, AB)).hasMessageContaining("controlPercent");
    }

    private static Map<String, Integer> split(VariantAssignment assignment, int members) {
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < members; i++) {
            groups.merge(assignment.assign("subscriber-" + i, "WVWZZZCDZNW" + i), 1, Integer::sum);
        }
        return groups;
    }
}
