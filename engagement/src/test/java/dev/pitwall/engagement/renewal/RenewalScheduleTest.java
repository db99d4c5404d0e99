package dev.pitwall.engagement.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewalScheduleTest {

    static final LocalDate END = LocalDate.parse("2027-03-31");
    final RenewalSchedule schedule = RenewalSchedule.of(7, 60, 30);

    @Test
    void leadTimesAreKeptLongestFirst() {
        assertThat(schedule.daysBefore()).containsExactly(60, 30, 7);
        assertThat(schedule.horizonDays()).isEqualTo(60);
    }

    @Test
    void noStageBeforeTheFirstLeadTime() {
        assertThat(schedule.stageOn(END, END.minusDays(61))).isEmpty();
    }

    @Test
    void eachStageRunsUntilTheNextOneBegins() {
        assertThat(schedule.stageOn(END, END.minusDays(60))).hasValue(
                new RenewalSchedule.Stage(60, END.minusDays(60), END.minusDays(30)));
        assertThat(schedule.stageOn(END, END.minusDays(31)).orElseThrow().daysBefore()).isEqualTo(60);
        assertThat(schedule.stageOn(END, END.minusDays(30)).orElseThrow().daysBefore()).isEqualTo(30);
        assertThat(schedule.stageOn(END, END.minusDays(1))).hasValue(
                new RenewalSchedule.Stage(7, END.minusDays(7), END));
    }

    @Test
    void noStageFromTheEndOn() {
        assertThat(schedule.stageOn(END, END)).isEmpty();
        assertThat(schedule.stageOn(END, END.plusDays(3))).isEmpty();
    }

    @Test
    void aProductStartedInsideTheHorizonIsInTheStageItsDaysLeftAllow() {
        // a product ending in 20 days skipped the 60- and 30-day stages: it is in the 30-day one, valid until day 7
        assertThat(schedule.stageOn(END, END.minusDays(20)).orElseThrow().daysBefore()).isEqualTo(30);
    }

    @Test
    void badLeadTimesAreRefusedByName() {
        assertThatThrownBy(() -> new RenewalSchedule(List.of())).hasMessageContaining("daysBefore");
        assertThatThrownBy(() -> RenewalSchedule.of(30, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RenewalSchedule.of(30, 30)).hasMessageContaining("distinct");
    }
}
