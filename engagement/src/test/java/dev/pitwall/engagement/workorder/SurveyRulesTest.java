package dev.pitwall.engagement.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.engagement.booking.BookingStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {

    @Test
    void acceptsARatingWithAnOptionalRecommendationAndComment() {
        assertThat(SurveyRules.survey(5, 10, "  quick and friendly ")).isEqualTo(
                new SurveyRules.Survey(5, 10, "quick and friendly"));
        assertThat(SurveyRules.survey(1, null, " ")).isEqualTo(new SurveyRules.Survey(1, null, null));
        assertThat(SurveyRules.survey(3, 0, null).recommend()).isZero();
    }

    @Test
    void namesEveryAnswerOutOfRange() {
        assertThatThrownBy(() -> SurveyRules.survey(6, 11, "c".repeat(2001)))
                .isInstanceOfSatisfying(InvalidWorkOrderInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("rating", "recommend", "comment"));
        assertThatThrownBy(() -> SurveyRules.survey(null, null, null))
                .isInstanceOfSatisfying(InvalidWorkOrderInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("rating"));
        assertThatThrownBy(() -> SurveyRules.survey(0, -1, null))
                .isInstanceOfSatisfying(InvalidWorkOrderInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("rating", "recommend"));
    }

    @Test
    void opensOnlyOnceTheVehicleIsCollected() {
        assertThat(Arrays.stream(BookingStatus.values()).filter(SurveyRules::isOpenIn))
                .containsExactly(BookingStatus.COLLECTED);
    }
}
