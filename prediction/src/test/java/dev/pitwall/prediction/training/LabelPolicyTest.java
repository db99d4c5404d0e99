package dev.pitwall.prediction.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pitwall.core.maintenance.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPolicyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final LabelPolicy POLICY = LabelPolicy.days(14, 60);
    private static final long DATA_END = T0.plus(Duration.ofDays(365)).toEpochMilli();

    private static GroundTruthEvent event(GroundTruthEvent.Kind kind, int day) {
        return new GroundTruthEvent("VIN", "M", Component.BATTERY, kind, T0.plus(Duration.ofDays(day)), 0);
    }

    private static long day(double d) {
        return T0.toEpochMilli() + (long) (d * 86_400_000L);
    }

    private static final List<GroundTruthEvent> FAIL_AT_100_REPAIR_AT_103 =
            List.of(event(GroundTruthEvent.Kind.FAILURE, 100), event(GroundTruthEvent.Kind.REPAIR, 103));

    @Test
    void snapshotsWithinTheHorizonBeforeAFailureArePositive() {
        assertThat(POLICY.label(FAIL_AT_100_REPAIR_AT_103, day(86), DATA_END).horizonLabel()).isEqualTo(LabelPolicy.FAILS);
        assertThat(POLICY.label(FAIL_AT_100_REPAIR_AT_103, day(99.5), DATA_END).horizonLabel()).isEqualTo(LabelPolicy.FAILS);
        assertThat(POLICY.label(FAIL_AT_100_REPAIR_AT_103, day(85.9), DATA_END).horizonLabel()).isEqualTo(LabelPolicy.SURVIVES);
    }

    @Test
    void brokenComponentAwaitingRepairIsExcluded() {
        LabelPolicy.Label atFailure = POLICY.label(FAIL_AT_100_REPAIR_AT_103, day(100), DATA_END);
        LabelPolicy.Label inWorkshop = POLICY.label(FAIL_AT_100_REPAIR_AT_103, day(102), DATA_END);
        LabelPolicy.Label repaired = POLICY.label(FAIL_AT_100_REPAIR_AT_103, day(103), DATA_END);

        assertThat(atFailure.eligible()).isFalse();
        assertThat(inWorkshop.eligible()).isFalse();
        assertThat(inWorkshop.rulDays()).isNaN();
        assertThat(repaired.eligible()).isTrue();
        assertThat(repaired.horizonLabel()).isEqualTo(LabelPolicy.SURVIVES);
        assertThat(repaired.rulDays()).isEqualTo(60); // no further failure, a full cap observed
    }

    @Test
    void rulCountsDaysToTheNextFailureCappedAtTheCap() {
        assertThat(POLICY.label(FAIL_AT_100_REPAIR_AT_103, day(90), DATA_END).rulDays()).isCloseTo(10, within(1e-9));
        assertThat(POLICY.label(FAIL_AT_100_REPAIR_AT_103, day(10), DATA_END).rulDays()).isEqualTo(60);
    }

    @Test
    void aServiceBeforeTheFailureCensorsBothLabels() {
        List<GroundTruthEvent> events = List.of(event(GroundTruthEvent.Kind.SERVICE, 95),
                event(GroundTruthEvent.Kind.FAILURE, 200), event(GroundTruthEvent.Kind.REPAIR, 202));

        LabelPolicy.Label beforeService = POLICY.label(events, day(90), DATA_END);
        LabelPolicy.Label longBeforeService = POLICY.label(events, day(20), DATA_END);

        assertThat(beforeService.horizonLabel()).isEqualTo(LabelPolicy.CENSORED);
        assertThat(beforeService.rulDays()).isNaN(); // renewed after 5 days: the old part's RUL is unknown, < cap
        assertThat(longBeforeService.horizonLabel()).isEqualTo(LabelPolicy.SURVIVES);
        assertThat(longBeforeService.rulDays()).isEqualTo(60); // 75 failure-free days observed
    }

    @Test
    void theEndOfTheDataCensors() {
        long end = day(50);
        assertThat(POLICY.label(List.of(), day(40), end).horizonLabel()).isEqualTo(LabelPolicy.CENSORED);
        assertThat(POLICY.label(List.of(), day(30), end).horizonLabel()).isEqualTo(LabelPolicy.SURVIVES);
        assertThat(POLICY.label(List.of(), day(30), end).rulDays()).isNaN(); // only 20 days observed
    }
}
