package dev.pitwall.stream;

/** Names of the pipeline's Flink metric counters (per subtask, under each operator's metric group). */
public final class PipelineMetrics {

    /** Kafka records decoded into telemetry (source). */
    public static final String TELEMETRY_DECODED = "telemetryDecoded";
    /** Kafka records that could not be decoded and were dropped (source); ingest validates, so expect 0. */
    public static final String TELEMETRY_UNDECODABLE = "telemetryUndecodable";
    /** Messages whose (vin, seq) was already seen and that were dropped (dedup). */
    public static final String DUPLICATES_DROPPED = "telemetryDuplicatesDropped";
    /**
     * Messages whose seq was older than their vehicle's dedup window, so could not be checked and were let
     * through (dedup); the sinks are idempotent on (vin, seq), so a steady count only means very late input.
     */
    public static final String BEYOND_DEDUP_WINDOW = "telemetryBeyondDedupWindow";
    /** Health assessments computed, one per message that advanced a vehicle's state (vehicle health). */
    public static final String HEALTH_ASSESSMENTS = "healthAssessments";
    /** Assessments the history policy kept for health_history and vehicle-health.v1 (vehicle health). */
    public static final String HEALTH_ASSESSMENTS_RECORDED = "healthAssessmentsRecorded";

    /** Prediction runs: one per vehicle per prediction interval while a model is live (failure prediction). */
    public static final String PREDICTIONS = "failurePredictions";
    /** Component predictions the history policy kept for failure_prediction and predictions.v1. */
    public static final String PREDICTIONS_RECORDED = "failurePredictionsRecorded";

    /** Alarms raised: each alarm once (vehicle alarms). */
    public static final String ALARMS_RAISED = "alarmsRaised";
    /** Alarms cleared: each raised alarm at most once (vehicle alarms). */
    public static final String ALARMS_CLEARED = "alarmsCleared";

    /** Directive records (service records, consents) that could not be decoded and were dropped (source). */
    public static final String DIRECTIVES_UNDECODABLE = "directivesUndecodable";
    /** Service-due leads opened: each lead once (leads and offers). */
    public static final String LEADS_OPENED = "leadsOpened";
    /** Lead events of any kind: opened, escalated, resolved, expired (leads and offers). */
    public static final String LEAD_EVENTS = "leadEvents";
    /** Offers sent: candidates that had consent and fit the caps and quiet hours (leads and offers). */
    public static final String OFFERS_SENT = "offersSent";
    /** Offer candidates suppressed for lack of consent, by quiet hours or by a cap (leads and offers). */
    public static final String OFFERS_SUPPRESSED = "offersSuppressed";

    /** Driving-profile snapshots written (driving profiles). */
    public static final String PROFILES_EMITTED = "drivingProfilesEmitted";
    /** Daily usage rows written, final and partial (driving profiles). */
    public static final String DAILY_USAGE_EMITTED = "dailyUsageRowsEmitted";

    private PipelineMetrics() {
    }
}
