package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.alarm.AlarmRules;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.junit.jupiter.api.Test;

class PipelineSettingsTest {

    @Test
    void defaultsMatchTheDocumentedValues() {
        PipelineSettings s = PipelineSettings.defaults();

        assertThat(s.groupId()).isEqualTo("pitwall-stream-jobs");
        assertThat(s.maxOutOfOrderness()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.idleness()).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.dedupWindow()).isEqualTo(16_384);
        assertThat(s.dedupTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(s.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.jdbcBatchSize()).isEqualTo(2000);
        assertThat(s.jdbcBatchInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(s.parallelism()).isZero();
    }

    @Test
    void flagsWinOverEnvironmentVariablesWhichWinOverDefaults() {
        PipelineSettings s = PipelineSettings.resolve(
                Map.of("KAFKA_BOOTSTRAP", "kafka:9092", "JDBC_URL", "jdbc:postgresql://db/env", "DEDUP_TTL", "2 d",
                        "DEDUP_WINDOW", "1024"),
                new String[] {"--jdbc-url", "jdbc:postgresql://db/flag", "--checkpoint-interval=5 s",
                        "--dedup-window", "4096"});

        assertThat(s.kafkaBootstrap()).isEqualTo("kafka:9092");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db/flag");
        assertThat(s.dedupTtl()).isEqualTo(Duration.ofDays(2));
        assertThat(s.dedupWindow()).isEqualTo(4096);
        assertThat(PipelineSettings.resolve(Map.of("DEDUP_WINDOW", "1024"), new String[0]).dedupWindow())
                .isEqualTo(1024);
        assertThat(s.checkpointInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rejectsAnUnknownFlagNamingTheKnownOnes() {
        assertThatThrownBy(() -> PipelineSettings.fromArgs("--kafka", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option '--kafka'")
                .hasMessageContaining("--kafka-bootstrap");
    }

    @Test
    void rejectsABadDurationNamingTheOptionAndTheExpectedFormat() {
        assertThatThrownBy(() -> PipelineSettings.resolve(Map.of("DEDUP_TTL", "a week"), new String[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--dedup-ttl / DEDUP_TTL")
                .hasMessageContaining("'7 d'")
                .hasMessageContaining("got 'a week'");
    }

    @Test
    void rejectsADedupWindowBelowOneBucketNamingTheOption() {
        assertThatThrownBy(() -> PipelineSettings.fromArgs("--dedup-window", "63"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--dedup-window / DEDUP_WINDOW: expected a whole number from 64 to 1048576, got '63'");
        assertThatThrownBy(() -> PipelineSettings.resolve(Map.of("DEDUP_WINDOW", "16k"), new String[0]))
                .hasMessage("--dedup-window / DEDUP_WINDOW: expected a whole number from 64 to 1048576, got '16k'");
        assertThatThrownBy(() -> PipelineSettings.fromArgs("--dedup-window", "163840000"))
                .hasMessage("--dedup-window / DEDUP_WINDOW: expected a whole number from 64 to 1048576, got '163840000'");
    }

    @Test
    void alarmRulesDefaultToCoresAndComeFromFlagsAndEnvironment() {
        assertThat(PipelineSettings.defaults().alarmRules()).isEqualTo(AlarmRules.DEFAULTS);

        PipelineSettings s = PipelineSettings.resolve(Map.of("ALARM_BATTERY_LOW_VOLTS", "11.5",
                        "ALARM_DTC_ACTIVE_FOR", "2 h"),
                new String[] {"--alarm-offline-after", "5 min", "--alarm-battery-low-for=30 min"});

        assertThat(s.alarmRules()).isEqualTo(new AlarmRules(Duration.ofMinutes(5), Duration.ofHours(2), 11.5,
                Duration.ofMinutes(30)));
        assertThat(s.describe()).contains("alarm-offline-after=5 min", "alarm-dtc-active-for=2 h",
                "alarm-battery-low-volts=11.5", "alarm-battery-low-for=30 min");
    }

    @Test
    void rejectsAlarmRulesThatCannotWorkNamingTheOption() {
        assertThatThrownBy(() -> PipelineSettings.fromArgs("--alarm-offline-after", "0 s"))
                .hasMessageStartingWith("--alarm-offline-after / ALARM_OFFLINE_AFTER: expected a positive duration")
                .hasMessageEndingWith("got '0 s'");
        assertThatThrownBy(() -> PipelineSettings.fromArgs("--alarm-dtc-active-for", "an hour"))
                .hasMessage("--alarm-dtc-active-for / ALARM_DTC_ACTIVE_FOR: expected a positive duration such as "
                        + "'10 min', '1 h' or '6 h', got 'an hour'");
        assertThatThrownBy(() -> PipelineSettings.resolve(Map.of("ALARM_BATTERY_LOW_FOR", "-1 h"), new String[0]))
                .hasMessageStartingWith("--alarm-battery-low-for / ALARM_BATTERY_LOW_FOR: expected a positive");
        for (String volts : new String[] {"0", "40", "11,8", "NaN", "low"}) {
            assertThatThrownBy(() -> PipelineSettings.fromArgs("--alarm-battery-low-volts", volts)).as(volts)
                    .hasMessage("--alarm-battery-low-volts / ALARM_BATTERY_LOW_VOLTS: expected a voltage above 0 "
                            + "and at most 36.0 such as '11.8', got '" + volts + "'");
        }
    }

    @Test
    void alarmOptionDefaultsAreTheRulesDefaults() {
        PipelineSettings fromTable = PipelineSettings.fromArgs(
                "--alarm-offline-after", PipelineOption.ALARM_OFFLINE_AFTER.defaultValue(),
                "--alarm-dtc-active-for", PipelineOption.ALARM_DTC_ACTIVE_FOR.defaultValue(),
                "--alarm-battery-low-volts", PipelineOption.ALARM_BATTERY_LOW_VOLTS.defaultValue(),
                "--alarm-battery-low-for", PipelineOption.ALARM_BATTERY_LOW_FOR.defaultValue());
        assertThat(fromTable.alarmRules()).isEqualTo(AlarmRules.DEFAULTS);
    }

    @Test
    void describeListsTheDedupSettings() {
        assertThat(PipelineSettings.defaults().describe()).contains("dedup-window=16384", "dedup-ttl=7 d");
    }

    @Test
    void rejectsAnUnknownStateBackend() {
        assertThatThrownBy(() -> PipelineSettings.fromArgs("--state-backend", "memory"))
                .hasMessage("--state-backend / STATE_BACKEND: expected one of hashmap, rocksdb, got 'memory'");
    }

    @Test
    void rejectsAFlagWithoutValue() {
        assertThatThrownBy(() -> PipelineSettings.fromArgs("--jdbc-url"))
                .hasMessage("--jdbc-url: expected a value after the flag");
    }

    @Test
    void configuresUnboundedExponentialDelayRestartsHashmapStateAndCheckpoints() {
        Configuration conf = PipelineSettings.fromArgs("--checkpoint-dir", "file:///tmp/cp", "--parallelism", "3")
                .flinkConfiguration();

        assertThat(conf.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("exponential-delay");
        assertThat(conf.get(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(conf.get(StateBackendOptions.STATE_BACKEND)).isEqualTo("hashmap");
        assertThat(conf.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofSeconds(10));
        assertThat(conf.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEqualTo("file:///tmp/cp");
        assertThat(conf.get(PipelineOptions.GENERIC_TYPES)).isFalse();
        assertThat(conf.get(CoreOptions.DEFAULT_PARALLELISM)).isEqualTo(3);
    }

    @Test
    void describeMasksThePasswordInTheUrl() {
        assertThat(PipelineSettings.fromArgs("--jdbc-url", "jdbc:postgresql://db/p?user=u&password=secret")
                .describe()).contains("password=***").doesNotContain("secret");
    }

    @Test
    void usageListsEveryOption() {
        String usage = PipelineSettings.usage();
        for (PipelineOption option : PipelineOption.values()) {
            assertThat(usage).contains(option.flag()).contains(option.environmentVariable());
        }
    }
}
