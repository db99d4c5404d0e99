package dev.pitwall.engagement.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.engagement.booking.BookingStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChecklistRulesTest {

    static String firstField(Throwable e) {
        return ((InvalidWorkOrderInputException) e).violations().get(0).field();
    }

    @Test
    void acceptsOkWithoutANoteAndFindingsWithOne() {
        assertThat(ChecklistRules.entry(ChecklistItem.BRAKES, "OK", " "))
                .isEqualTo(new ChecklistRules.Entry(ChecklistItem.BRAKES, ChecklistResult.OK, null));
        assertThat(ChecklistRules.entry(ChecklistItem.TYRES, "URGENT", " front left 1.2 mm "))
                .isEqualTo(new ChecklistRules.Entry(ChecklistItem.TYRES, ChecklistResult.URGENT, "front left 1.2 mm"));
    }

    @Test
    void needsANoteForAFindingAndAKnownResult() {
        assertThatThrownBy(() -> ChecklistRules.entry(ChecklistItem.LIGHTS, "ADVISORY", null))
                .satisfies(e -> assertThat(firstField(e)).isEqualTo("note"));
        assertThatThrownBy(() -> ChecklistRules.entry(ChecklistItem.LIGHTS, "BROKEN", "x"))
                .satisfies(e -> assertThat(firstField(e)).isEqualTo("result"));
        assertThatThrownBy(() -> ChecklistRules.entry(ChecklistItem.LIGHTS, "OK", "n".repeat(1001)))
                .satisfies(e -> assertThat(firstField(e)).isEqualTo("note"));
    }

    @Test
    void readsItemNamesInAnyCaseAndNamesTheParameterOtherwise() {
        assertThat(ChecklistRules.item("brakes")).isEqualTo(ChecklistItem.BRAKES);
        assertThatThrownBy(() -> ChecklistRules.item("engine"))
                .isInstanceOfSatisfying(InvalidWorkOrderInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("item");
                    assertThat(e.violations().get(0).expected()).contains("BRAKES", "TYRES", "FLUIDS", "LIGHTS");
                });
    }

    @Test
    void isFilledInFromInspectionUntilTheWorkIsDone() {
        assertThat(Arrays.stream(BookingStatus.values()).filter(ChecklistRules::isEditableIn))
                .containsExactly(BookingStatus.INSPECTING, BookingStatus.AWAITING_APPROVAL, BookingStatus.IN_PROGRESS);
    }
}
