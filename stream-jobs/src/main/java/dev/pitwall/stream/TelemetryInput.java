package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where the pipeline's telemetry comes from: Kafka in production ({@link KafkaTelemetrySource}), anything
 * else in tests. The input applies the watermark strategy it is given, so that a Kafka source can track
 * watermarks per partition.
 */
@FunctionalInterface
public interface TelemetryInput {

    /** The uid of the source operator: keep it stable, checkpoints and savepoints map state by it. */
    String SOURCE_UID = "telemetry-source";

    DataStream<Telemetry> open(StreamExecutionEnvironment env, WatermarkStrategy<Telemetry> watermarks);

    /** An input reading from a FLIP-27 source, e.g. a {@code KafkaSource} or {@code env.fromData}'s source. */
    static TelemetryInput fromSource(Source<Telemetry, ?, ?> source, String name) {
        return (env, watermarks) -> env.fromSource(source, watermarks, name, TypeInformation.of(Telemetry.class))
                .uid(SOURCE_UID);
    }
}
