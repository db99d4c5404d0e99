package dev.pitwall.stream;

/**
 * Every setting of the telemetry pipeline, with its command-line flag, environment variable and default:
 * the one source of truth for {@link PipelineSettings}, {@code --help} and the README's table.
 */
public enum PipelineOption {
    KAFKA_BOOTSTRAP("--kafka-bootstrap", "KAFKA_BOOTSTRAP", "127.0.0.1:9092",
            "Kafka bootstrap servers (telemetry.v1 in, vehicle-health.v1 out)"),
    GROUP_ID("--group-id", "KAFKA_GROUP_ID", "pitwall-stream-jobs",
            "Kafka consumer group: offsets are committed on checkpoints; a start without a checkpoint "
                    + "resumes from them, or from the earliest offset"),
    JDBC_URL("--jdbc-url", "JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/pitwall",
            "PostgreSQL JDBC URL of the migrated Pitwall schema"),
    JDBC_USER("--jdbc-user", "JDBC_USER", "", "database user (empty: from the URL)"),
    JDBC_PASSWORD("--jdbc-password", "JDBC_PASSWORD", "",
            "database password (empty: from the URL); prefer the environment variable"),
    CHECKPOINT_DIR("--checkpoint-dir", "CHECKPOINT_DIR", "",
            "checkpoint storage URI, e.g. s3://bucket/pitwall or file:///var/lib/pitwall/checkpoints "
                    + "(empty: the cluster's execution.checkpointing.dir)"),
    STATE_BACKEND("--state-backend", "STATE_BACKEND", "hashmap",
            "hashmap (state on the heap) or rocksdb (on local disk, for fleets whose dedup state outgrows the heap)"),
    CHECKPOINT_INTERVAL("--checkpoint-interval", "CHECKPOINT_INTERVAL", "10 s",
            "checkpoint interval; also bounds how much input is replayed after a failure"),
    PARALLELISM("--parallelism", "PARALLELISM", "0", "job parallelism (0: the cluster's default)"),
    MAX_OUT_OF_ORDERNESS("--max-out-of-orderness", "MAX_OUT_OF_ORDERNESS", "30 s",
            "how far behind the newest event time a message may arrive before it counts as late"),
    IDLENESS("--idleness", "SOURCE_IDLENESS", "1 min",
            "a Kafka partition without messages for this long stops holding the watermark back"),
    DEDUP_WINDOW("--dedup-window", "DEDUP_WINDOW", "16384",
            "how many of each vehicle's newest seqs dedup remembers (64 to 1048576; 16 bytes per 64 seqs per "
                    + "vehicle); a duplicate older than that passes to the idempotent sinks and is counted"),
    DEDUP_TTL("--dedup-ttl", "DEDUP_TTL", "7 d",
            "a vehicle without messages for this long (processing time) forgets its dedup window"),
    JDBC_BATCH_SIZE("--jdbc-batch-size", "JDBC_BATCH_SIZE", "2000", "rows per JDBC batch"),
    JDBC_BATCH_INTERVAL("--jdbc-batch-interval", "JDBC_BATCH_INTERVAL", "200 ms",
            "a partial JDBC batch is written after this long"),
    JDBC_MAX_RETRIES("--jdbc-max-retries", "JDBC_MAX_RETRIES", "3",
            "retries of a failed JDBC batch (1 s, 2 s, ... apart) before the job fails"),
    JDBC_RECONNECT_TIMEOUT("--jdbc-reconnect-timeout", "JDBC_RECONNECT_TIMEOUT", "10 s",
            "how long a lost database connection is retried (exponential backoff) before the job fails"),
    RESTART_INITIAL_BACKOFF("--restart-initial-backoff", "RESTART_INITIAL_BACKOFF", "1 s",
            "first delay of the exponential-delay restart strategy (unbounded attempts)"),
    RESTART_MAX_BACKOFF("--restart-max-backoff", "RESTART_MAX_BACKOFF", "30 s",
            "longest delay between restarts"),
    MODEL("--model", "PITWALL_MODEL", "",
            "failure-prediction model bundle (a pitwall-model-*.zip from `pitwall-prediction.jar train`), or a "
                    + "directory whose newest pitwall-model-*.zip is used; replaced or added bundles are picked up "
                    + "while the job runs (empty: no predictions, health from rules only)"),
    MODEL_CHECK_INTERVAL("--model-check-interval", "MODEL_CHECK_INTERVAL", "30 s",
            "how often each task looks for a new model bundle"),
    PREDICTION_INTERVAL("--prediction-interval", "PREDICTION_INTERVAL", "15 min",
            "event time between two predictions of one vehicle (features are updated by every message)"),
    ALARM_OFFLINE_AFTER("--alarm-offline-after", "ALARM_OFFLINE_AFTER", "10 min",
            "event time without a message after which a vehicle is offline (alarm VEHICLE_OFFLINE; needs the "
                    + "watermark to advance, see docs/alarms.md)"),
    ALARM_DTC_ACTIVE_FOR("--alarm-dtc-active-for", "ALARM_DTC_ACTIVE_FOR", "1 h",
            "event time a trouble code must stay reported before it is an alarm (DTC_PERSISTENT)"),
    ALARM_BATTERY_LOW_VOLTS("--alarm-battery-low-volts", "ALARM_BATTERY_LOW_VOLTS", "11.8",
            "12 V battery voltage below which a vehicle with the engine off counts as low (BATTERY_LOW_PARKED)"),
    ALARM_BATTERY_LOW_FOR("--alarm-battery-low-for", "ALARM_BATTERY_LOW_FOR", "6 h",
            "event time the battery must stay low with the engine off before it is an alarm (BATTERY_LOW_PARKED)"),
    POI_FILE("--poi-file", "PITWALL_POI_FILE", "",
            "points-of-interest catalog for leads and offers (docs/points-of-interest.md); empty: the built-in "
                    + "sample around Munich"),
    LEAD_SEVERE_DTC_FOR("--lead-severe-dtc-for", "LEAD_SEVERE_DTC_FOR", "30 min",
            "event time a severe trouble code (HIGH or CRITICAL) must stay reported before it opens a lead"),
    LEAD_EXPIRE_AFTER("--lead-expire-after", "LEAD_EXPIRE_AFTER", "30 d",
            "event time after which a lead still open expires (not raised again until its condition ends)"),
    FLEET_ZONE("--fleet-zone", "FLEET_ZONE", "Europe/Berlin",
            "time zone of the fleet's local days and nights (driving profiles, daily usage, offers' quiet hours)"),
    OFFER_QUIET_HOURS("--offer-quiet-hours", "OFFER_QUIET_HOURS", "21:00-08:00",
            "local time (in --fleet-zone) during which no offer is sent, as HH:MM-HH:MM (may wrap midnight), or "
                    + "'none'"),
    PROFILE_EMIT_INTERVAL("--profile-emit-interval", "PROFILE_EMIT_INTERVAL", "15 min",
            "event time between two writes of one vehicle's profile and today's usage row"),
    PROFILE_TANK_LITRES("--profile-tank-litres", "PROFILE_TANK_LITRES", "50",
            "fuel tank size that turns fuel-level changes into litres (refuelling, fuel used)"),
    PROFILE_SPEEDING_KMH("--profile-speeding-kmh", "PROFILE_SPEEDING_KMH", "130",
            "speed above which driving counts as speeding");

    private final String flag;
    private final String environmentVariable;
    private final String defaultValue;
    private final String description;

    PipelineOption(String flag, String environmentVariable, String defaultValue, String description) {
        this.flag = flag;
        this.environmentVariable = environmentVariable;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String flag() {
        return flag;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    static PipelineOption byFlag(String flag) {
        for (PipelineOption option : values()) {
            if (option.flag.equals(flag)) {
                return option;
            }
        }
        return null;
    }
}
