package dev.pitwall.prediction.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadTimesTest {

    private static final long DAY = 86_400_000L;
    private static final long HORIZON = 14 * DAY;

    private static long[] days(int from, int to) {
        long[] t = new long[to - from + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = (from + i) * DAY;
        }
        return t;
    }

    private static boolean[] alarmsOn(long[] times, int... alarmDays) {
        boolean[] a = new boolean[times.length];
        for (int d : alarmDays) {
            for (int i = 0; i < times.length; i++) {
                if (times[i] == d * DAY) {
                    a[i] = true;
                }
            }
        }
        return a;
    }

    @Test
    void leadTimeRunsFromTheFirstAlarmOfTheEpisodeThatReachesTheFailure() {
        long[] t = days(0, 39);
        // a false alarm on day 5, then an episode from day 28 that flickers (30, 31 quiet) and reaches day 39
        boolean[] a = alarmsOn(t, 5, 28, 29, 32, 33, 35, 36, 37, 38, 39);
        LeadTimes.Outcome o = LeadTimes.of(t, a, 40 * DAY, HORIZON);
        assertThat(o.detected()).isTrue();
        assertThat(o.leadDays()).isEqualTo(12.0);
    }

    @Test
    void aLongerQuietSpellEndsTheEpisode() {
        long[] t = days(0, 39);
        boolean[] a = alarmsOn(t, 30, 34, 35, 36); // 31, 32, 33 quiet: three days, more than the allowed two
        assertThat(LeadTimes.of(t, a, 40 * DAY, HORIZON).leadDays()).isEqualTo(6.0);
    }

    @Test
    void noAlarmInTheHorizonIsAMissEvenWithAnEarlierAlarm() {
        long[] t = days(0, 39);
        boolean[] a = alarmsOn(t, 10, 11);
        LeadTimes.Outcome o = LeadTimes.of(t, a, 40 * DAY, HORIZON);
        assertThat(o.detected()).isFalse();
        assertThat(o.leadDays()).isNaN();
    }

    @Test
    void aFailureWithoutScoredDaysBeforeItIsNotCounted() {
        assertThat(LeadTimes.of(new long[0], new boolean[0], 40 * DAY, HORIZON)).isNull();
        long[] early = days(0, 10);
        assertThat(LeadTimes.of(early, new boolean[early.length], 40 * DAY, HORIZON)).isNull();
    }
}
