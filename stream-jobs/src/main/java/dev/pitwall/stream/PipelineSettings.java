package dev.pitwall.stream;

import dev.pitwall.core.alarm.AlarmRules;
import dev.pitwall.core.lead.LeadRules;
import dev.pitwall.core.offer.OfferRules;
import dev.pitwall.core.offer.QuietHours;
import dev.pitwall.core.profile.DrivingProfileRules;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.util.TimeUtils;

/**
 * The telemetry pipeline's configuration, resolved from command-line flags, then environment variables, then
 * the defaults of {@link PipelineOption}. Durations use Flink's syntax: {@code 200 ms}, {@code 30 s},
 * {@code 1 min}, {@code 7 d}.
 *
 * @param jdbcUser     empty when the URL carries the credentials
 * @param checkpointDir empty to use the cluster's {@code execution.checkpointing.dir}
 * @param stateBackend {@code hashmap} or {@code rocksdb}
 * @param parallelism  0 for the cluster's default
 * @param dedupWindow  newest seqs per vehicle that dedup remembers
 * @param dedupTtl     a vehicle silent this long (processing time) forgets its dedup window
 * @param model        model bundle file or directory, empty for none
 * @param alarmRules   when conditions become alarms ({@code --alarm-*})
 * @param poiFile      points-of-interest catalog file, empty for the built-in sample
 * @param leadRules    when leads open and expire ({@code --lead-*})
 * @param drivingProfileRules what the driving profiles measure and how often they are written ({@code --profile-*})
 * @param offerRules   when offers are sent ({@code --offer-*}; the campaigns' own parameters are core's defaults)
 */
public record PipelineSettings(
        String kafkaBootstrap,
        String groupId,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        String checkpointDir,
        String stateBackend,
        Duration checkpointInterval,
        int parallelism,
        Duration maxOutOfOrderness,
        Duration idleness,
        int dedupWindow,
        Duration dedupTtl,
        int jdbcBatchSize,
        Duration jdbcBatchInterval,
        int jdbcMaxRetries,
        Duration jdbcReconnectTimeout,
        Duration restartInitialBackoff,
        Duration restartMaxBackoff,
        String model,
        Duration modelCheckInterval,
        Duration predictionInterval,
        AlarmRules alarmRules,
        String poiFile,
        LeadRules leadRules,
        DrivingProfileRules drivingProfileRules,
        OfferRules offerRules) {

    /** Restart attempts of the exponential-delay strategy: in effect unbounded, a job waits out any outage. */
    public static final int UNBOUNDED_RESTARTS = Integer.MAX_VALUE;

    public static PipelineSettings defaults() {
        return resolve(Map.of(), new String[0]);
    }

    /** Settings from flags such as {@code --jdbc-url jdbc:postgresql://...}, falling back to the defaults. */
    public static PipelineSettings fromArgs(String... args) {
        return resolve(Map.of(), args);
    }

    /**
     * Flags win over environment variables, which win over defaults.
     *
     * @throws IllegalArgumentException naming the flag or variable and what was expected
     */
    public static PipelineSettings resolve(Map<String, String> environment, String[] args) {
        Map<PipelineOption, String> values = new EnumMap<>(PipelineOption.class);
        for (PipelineOption option : PipelineOption.values()) {
            values.put(option, environment.getOrDefault(option.environmentVariable(), option.defaultValue()));
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                flag = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                value = null;
            }
            PipelineOption option = PipelineOption.byFlag(flag);
            if (option == null) {
                throw new IllegalArgumentException("unknown option '" + flag + "'; expected one of "
                        + Stream.of(PipelineOption.values()).map(PipelineOption::flag).collect(Collectors.joining(", ")));
            }
            if (value == null) {
                throw new IllegalArgumentException(flag + ": expected a value after the flag");
            }
            values.put(option, value);
        }
        return new PipelineSettings(
                text(values, PipelineOption.KAFKA_BOOTSTRAP, false),
                text(values, PipelineOption.GROUP_ID, false),
                text(values, PipelineOption.JDBC_URL, false),
                text(values, PipelineOption.JDBC_USER, true),
                text(values, PipelineOption.JDBC_PASSWORD, true),
                text(values, PipelineOption.CHECKPOINT_DIR, true),
                oneOf(values, PipelineOption.STATE_BACKEND, "hashmap", "rocksdb"),
                duration(values, PipelineOption.CHECKPOINT_INTERVAL),
                integer(values, PipelineOption.PARALLELISM, 0),
                duration(values, PipelineOption.MAX_OUT_OF_ORDERNESS),
                duration(values, PipelineOption.IDLENESS),
                integer(values, PipelineOption.DEDUP_WINDOW, TelemetryDeduplicator.RecentSeqs.MIN_WINDOW,
                        TelemetryDeduplicator.RecentSeqs.MAX_WINDOW),
                duration(values, PipelineOption.DEDUP_TTL),
                integer(values, PipelineOption.JDBC_BATCH_SIZE, 1),
                duration(values, PipelineOption.JDBC_BATCH_INTERVAL),
                integer(values, PipelineOption.JDBC_MAX_RETRIES, 0),
                duration(values, PipelineOption.JDBC_RECONNECT_TIMEOUT),
                duration(values, PipelineOption.RESTART_INITIAL_BACKOFF),
                duration(values, PipelineOption.RESTART_MAX_BACKOFF),
                text(values, PipelineOption.MODEL, true),
                duration(values, PipelineOption.MODEL_CHECK_INTERVAL),
                duration(values, PipelineOption.PREDICTION_INTERVAL),
                new AlarmRules(
                        positiveDuration(values, PipelineOption.ALARM_OFFLINE_AFTER),
                        positiveDuration(values, PipelineOption.ALARM_DTC_ACTIVE_FOR),
                        volts(values, PipelineOption.ALARM_BATTERY_LOW_VOLTS),
                        positiveDuration(values, PipelineOption.ALARM_BATTERY_LOW_FOR)),
                text(values, PipelineOption.POI_FILE, true),
                LeadRules.DEFAULTS
                        .withSevereDtcActiveFor(positiveDuration(values, PipelineOption.LEAD_SEVERE_DTC_FOR))
                        .withExpireAfter(positiveDuration(values, PipelineOption.LEAD_EXPIRE_AFTER)),
                drivingProfileRules(values),
                OfferRules.DEFAULTS.withQuietHours(quietHours(values)));
    }

    public Optional<String> jdbcUserIfSet() {
        return jdbcUser.isEmpty() ? Optional.empty() : Optional.of(jdbcUser);
    }

    public Optional<String> jdbcPasswordIfSet() {
        return jdbcPassword.isEmpty() ? Optional.empty() : Optional.of(jdbcPassword);
    }

    /**
     * The Flink configuration the job runs with: checkpointing, state backend, restart strategy, and no silent
     * fallback to Kryo. Pass it to {@code StreamExecutionEnvironment.getExecutionEnvironment(conf)} or to a
     * local environment (the local stack does).
     */
    public Configuration flinkConfiguration() {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, checkpointInterval);
        // keep the last checkpoint after a cancel, so a redeploy can resume from it (flink run -s)
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        conf.set(StateBackendOptions.STATE_BACKEND, stateBackend);
        if (!checkpointDir.isEmpty()) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
        }
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF, restartInitialBackoff);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF, restartMaxBackoff);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_BACKOFF_MULTIPLIER, 2.0);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_JITTER_FACTOR, 0.1);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS, UNBOUNDED_RESTARTS);
        // every type in the pipeline has a Flink serializer (records as POJOs, lists as list serializers);
        // a type that would fall back to Kryo is a bug to catch at job build time, not a slow surprise
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // all records flowing through the job are immutable Java records: chained operators may share them
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        if (parallelism > 0) {
            conf.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
        }
        return conf;
    }

    /** One line per option with its value, passwords masked; for the job's start-up log. */
    public String describe() {
        return Stream.of(
                        "kafka-bootstrap=" + kafkaBootstrap,
                        "group-id=" + groupId,
                        "jdbc-url=" + jdbcUrl.replaceAll("password=[^&]*", "password=***"),
                        "jdbc-user=" + jdbcUser,
                        "checkpoint-dir=" + checkpointDir,
                        "state-backend=" + stateBackend,
                        "checkpoint-interval=" + TimeUtils.formatWithHighestUnit(checkpointInterval),
                        "parallelism=" + parallelism,
                        "max-out-of-orderness=" + TimeUtils.formatWithHighestUnit(maxOutOfOrderness),
                        "idleness=" + TimeUtils.formatWithHighestUnit(idleness),
                        "dedup-window=" + dedupWindow,
                        "dedup-ttl=" + TimeUtils.formatWithHighestUnit(dedupTtl),
                        "jdbc-batch-size=" + jdbcBatchSize,
                        "jdbc-batch-interval=" + TimeUtils.formatWithHighestUnit(jdbcBatchInterval),
                        "jdbc-max-retries=" + jdbcMaxRetries,
                        "jdbc-reconnect-timeout=" + TimeUtils.formatWithHighestUnit(jdbcReconnectTimeout),
                        "restart-initial-backoff=" + TimeUtils.formatWithHighestUnit(restartInitialBackoff),
                        "restart-max-backoff=" + TimeUtils.formatWithHighestUnit(restartMaxBackoff),
                        "model=" + (model.isEmpty() ? "(none)" : model),
                        "model-check-interval=" + TimeUtils.formatWithHighestUnit(modelCheckInterval),
                        "prediction-interval=" + TimeUtils.formatWithHighestUnit(predictionInterval),
                        "alarm-offline-after=" + TimeUtils.formatWithHighestUnit(alarmRules.offlineAfter()),
                        "alarm-dtc-active-for=" + TimeUtils.formatWithHighestUnit(alarmRules.dtcActiveFor()),
                        "alarm-battery-low-volts=" + alarmRules.batteryLowVolts(),
                        "alarm-battery-low-for=" + TimeUtils.formatWithHighestUnit(alarmRules.batteryLowParkedFor()),
                        "poi-file=" + (poiFile.isEmpty() ? "(built-in sample)" : poiFile),
                        "lead-severe-dtc-for=" + TimeUtils.formatWithHighestUnit(leadRules.severeDtcActiveFor()),
                        "lead-expire-after=" + TimeUtils.formatWithHighestUnit(leadRules.expireAfter()),
                        "fleet-zone=" + drivingProfileRules.zone(),
                        "offer-quiet-hours=" + offerRules.quietHours(),
                        "profile-emit-interval=" + TimeUtils.formatWithHighestUnit(drivingProfileRules.emitInterval()),
                        "profile-tank-litres=" + drivingProfileRules.tankLitres(),
                        "profile-speeding-kmh=" + drivingProfileRules.speedingKmh())
                .collect(Collectors.joining(", "));
    }

    /** The option table, as {@code --help} prints it. */
    public static String usage() {
        StringBuilder out = new StringBuilder("Options (flag or environment variable; flags win):\n");
        for (PipelineOption option : PipelineOption.values()) {
            out.append(String.format("  %s <value>, %s (default: %s)%n      %s%n", option.flag(),
                    option.environmentVariable(), option.defaultValue().isEmpty() ? "none" : option.defaultValue(),
                    option.description()));
        }
        return out.toString();
    }

    /**
     * The {@code --profile-*} options over the profile defaults. The rules are built after each option, so a value
     * they refuse is reported with the option that brought it.
     */
    private static DrivingProfileRules drivingProfileRules(Map<PipelineOption, String> values) {
        DrivingProfileRules.Builder rules = DrivingProfileRules.builder();
        profileOption(values, PipelineOption.FLEET_ZONE, rules, (b, v) -> b.zone(v));
        profileOption(values, PipelineOption.PROFILE_EMIT_INTERVAL, rules,
                (b, v) -> b.emitInterval(positiveDuration(values, PipelineOption.PROFILE_EMIT_INTERVAL)));
        profileOption(values, PipelineOption.PROFILE_TANK_LITRES, rules, (b, v) -> b.tankLitres(Double.parseDouble(v)));
        profileOption(values, PipelineOption.PROFILE_SPEEDING_KMH, rules,
                (b, v) -> b.speedingKmh(Double.parseDouble(v)));
        return rules.build();
    }

    /** {@code HH:MM-HH:MM} in the fleet's zone, or {@code none}. */
    private static QuietHours quietHours(Map<PipelineOption, String> values) {
        PipelineOption option = PipelineOption.OFFER_QUIET_HOURS;
        String value = values.get(option).trim();
        ZoneId zone;
        try {
            zone = ZoneId.of(values.get(PipelineOption.FLEET_ZONE).trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(PipelineOption.FLEET_ZONE.flag() + " / "
                    + PipelineOption.FLEET_ZONE.environmentVariable() + ": expected a time zone such as Europe/Berlin,"
                    + " got '" + values.get(PipelineOption.FLEET_ZONE).trim() + "'", e);
        }
        if (value.equalsIgnoreCase("none")) {
            return QuietHours.none(zone);
        }
        String[] parts = value.split("-");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("not two times");
            }
            return new QuietHours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()), zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable()
                    + ": expected HH:MM-HH:MM such as '21:00-08:00', or 'none', got '" + value + "'", e);
        }
    }

    private static void profileOption(Map<PipelineOption, String> values, PipelineOption option,
            DrivingProfileRules.Builder rules, java.util.function.BiConsumer<DrivingProfileRules.Builder, String> set) {
        String value = values.get(option).trim();
        try {
            set.accept(rules, value);
            rules.build();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable()
                    + ": expected a number, got '" + value + "'", e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(option.flag())) {
                throw e; // already names its option
            }
            throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable() + ": "
                    + e.getMessage(), e);
        }
    }

    private static String text(Map<PipelineOption, String> values, PipelineOption option, boolean mayBeEmpty) {
        String value = values.get(option).trim();
        if (value.isEmpty() && !mayBeEmpty) {
            throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable()
                    + ": expected a value, got an empty one");
        }
        return value;
    }

    private static String oneOf(Map<PipelineOption, String> values, PipelineOption option, String... allowed) {
        String value = values.get(option).trim();
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable() + ": expected one of "
                + String.join(", ", allowed) + ", got '" + value + "'");
    }

    private static Duration duration(Map<PipelineOption, String> values, PipelineOption option) {
        String value = values.get(option).trim();
        try {
            Duration d = TimeUtils.parseDuration(value);
            if (d.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable()
                    + ": expected a non-negative duration such as '200 ms', '30 s', '1 min' or '7 d', got '"
                    + value + "'", e);
        }
    }

    private static Duration positiveDuration(Map<PipelineOption, String> values, PipelineOption option) {
        String value = values.get(option).trim();
        try {
            Duration d = TimeUtils.parseDuration(value);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("not positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable()
                    + ": expected a positive duration such as '10 min', '1 h' or '6 h', got '" + value + "'", e);
        }
    }

    /** A 12 V battery voltage: above 0, at most the telemetry contract's 36 V. */
    private static double volts(Map<PipelineOption, String> values, PipelineOption option) {
        String value = values.get(option).trim();
        try {
            double v = Double.parseDouble(value);
            if (!(v > 0 && v <= AlarmRules.MAX_VOLTS)) {
                throw new NumberFormatException("out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable()
                    + ": expected a voltage above 0 and at most " + AlarmRules.MAX_VOLTS + " such as '11.8', got '"
                    + value + "'", e);
        }
    }

    private static int integer(Map<PipelineOption, String> values, PipelineOption option, int minimum) {
        return integer(values, option, minimum, Integer.MAX_VALUE);
    }

    private static int integer(Map<PipelineOption, String> values, PipelineOption option, int minimum, int maximum) {
        String value = values.get(option).trim();
        try {
            int n = Integer.parseInt(value);
            if (n < minimum || n > maximum) {
                throw new NumberFormatException("out of range");
            }
            return n;
        } catch (NumberFormatException e) {
            String expected = maximum == Integer.MAX_VALUE ? ">= " + minimum : "from " + minimum + " to " + maximum;
            throw new IllegalArgumentException(option.flag() + " / " + option.environmentVariable()
                    + ": expected a whole number " + expected + ", got '" + value + "'", e);
        }
    }
}
