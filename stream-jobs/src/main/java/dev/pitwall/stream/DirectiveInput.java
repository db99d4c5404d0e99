package dev.pitwall.stream;

import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where the pipeline's {@link VehicleDirective}s come from: Kafka in production ({@link KafkaDirectiveSource}), a
 * fixed list in tests. Like {@link TelemetryInput}, the input applies the watermark strategy it is given.
 */
@FunctionalInterface
public interface DirectiveInput {

    /** The uid of the source operator: keep it stable, checkpoints map state by it. */
    String SOURCE_UID = "directive-source";

    DataStream<VehicleDirective> open(StreamExecutionEnvironment env, WatermarkStrategy<VehicleDirective> watermarks);

    /** A bounded input of these directives (tests): it ends at once, so it never holds back the watermark. */
    static DirectiveInput of(List<VehicleDirective> directives) {
        if (directives.isEmpty()) {
            return none();
        }
        return (env, watermarks) -> env.fromData(directives, TypeInformation.of(VehicleDirective.class))
                .assignTimestampsAndWatermarks(watermarks)
                .uid(SOURCE_UID);
    }

    /**
     * No directives at all: a source that ends at once. ({@code fromData} does not take an empty list, and a
     * {@code DataGeneratorSource} of 0 elements still asks for one.)
     */
    static DirectiveInput none() {
        return (env, watermarks) -> env.fromSequence(0, 0).uid(SOURCE_UID).name("no directives")
                .filter(i -> false).name("none")
                .map(i -> (VehicleDirective) null, TypeInformation.of(VehicleDirective.class))
                .assignTimestampsAndWatermarks(watermarks);
    }
}
