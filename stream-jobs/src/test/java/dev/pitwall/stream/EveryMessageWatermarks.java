package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * The job's bounded out-of-orderness, but a watermark right after every message instead of every 200 ms: timers
 * fire all along the input, so a scenario run with it shows that results do not depend on when they fire.
 */
final class EveryMessageWatermarks {

    private EveryMessageWatermarks() {
    }

    static WatermarkStrategy<Telemetry> strategy(PipelineSettings settings) {
        long lag = settings.maxOutOfOrderness().toMillis() + 1;
        WatermarkStrategy<Telemetry> strategy = WatermarkStrategy.forGenerator(context -> new WatermarkGenerator<>() {
            private long newest = Long.MIN_VALUE + lag;

            @Override
            public void onEvent(Telemetry event, long timestamp, WatermarkOutput output) {
                newest = Math.max(newest, timestamp);
                output.emitWatermark(new Watermark(newest - lag));
            }

            @Override
            public void onPeriodicEmit(WatermarkOutput output) {
            }
        });
        return strategy.withTimestampAssigner((telemetry, previous) -> telemetry.eventTime().toEpochMilli());
    }
}
