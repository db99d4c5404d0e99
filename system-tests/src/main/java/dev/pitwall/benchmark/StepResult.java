package dev.pitwall.benchmark;

/**
 * What one rate step measured.
 *
 * @param offeredRate      messages/s the simulator was asked to publish
 * @param published        messages the simulator published (all acknowledged by the broker)
 * @param stored           of those, rows committed in PostgreSQL
 * @param sustainedRate    stored / (last commit - first commit): the rate rows were committed at, including
 *                         any catch-up after publishing stopped; it equals the offered rate when the pipeline keeps up
 * @param p50LatencyMs     median of (row commit time - event time)
 * @param p99LatencyMs     99th percentile of the same
 * @param maxLatencyMs     worst row
 * @param toKafkaP50Ms     median of (Kafka record time - event time): the MQTT and ingest share of the latency
 * @param toKafkaP99Ms     99th percentile of the same
 * @param cpuPercent       CPU of the platform's JVM, its child processes (PostgreSQL) and a separate broker
 *                         process, over the publishing window, percent of all cores
 * @param maxRssMb         peak resident memory of the platform's JVM (a separate broker not included)
 */
record StepResult(double offeredRate, long published, long stored, double sustainedRate, double p50LatencyMs,
        double p99LatencyMs, double maxLatencyMs, double toKafkaP50Ms, double toKafkaP99Ms, double cpuPercent, double maxRssMb) {

    boolean keptUp() {
        return stored == published && sustainedRate >= offeredRate * 0.95;
    }
}
