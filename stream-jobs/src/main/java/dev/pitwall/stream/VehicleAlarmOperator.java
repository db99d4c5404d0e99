package dev.pitwall.stream;

import dev.pitwall.core.alarm.AlarmMemory;
import dev.pitwall.core.alarm.AlarmRules;
import dev.pitwall.core.alarm.AlarmTracker;
import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.telemetry.Telemetry;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps each vehicle's {@link AlarmMemory} (keyed by VIN) and one event-time timer, and lets core's
 * {@link AlarmTracker} decide: every deduplicated message goes to {@link AlarmTracker#onTelemetry}, and when the
 * watermark passes the vehicle's next deadline the timer calls {@link AlarmTracker#onEventTime}. Emits every raise and
 * clear, in order, for the vehicle_alarm table and {@code vehicle-alarms.v1}.
 *
 * <p>The timer is moved lazily ({@link LazyEventTimer}). The tracker's output does not depend on when timers fire,
 * only on each vehicle's messages.
 *
 * <p>Neither value has a TTL: one small record per vehicle, bounded by the fleet, like the vehicle's state; a vehicle
 * that left the fleet keeps its raised offline alarm and no timer.
 */
public final class VehicleAlarmOperator extends KeyedProcessFunction<String, Telemetry, VehicleAlarm> {

    private static final long serialVersionUID = 1L;

    public static final String UID = "vehicle-alarms";

    private final AlarmRules rules;

    private transient AlarmTracker tracker;
    private transient ValueState<AlarmMemory> memory;
    private transient LazyEventTimer timer;
    private transient Counter raised;
    private transient Counter cleared;

    public VehicleAlarmOperator(AlarmRules rules) {
        this.rules = rules;
    }

    public static ValueStateDescriptor<AlarmMemory> memoryDescriptor() {
        return new ValueStateDescriptor<>("alarm-memory", AlarmMemorySerializer.INSTANCE);
    }

    /** The event time (ms) of the timer currently registered for the vehicle, absent when none is. */
    public static ValueStateDescriptor<Long> timerDescriptor() {
        return LazyEventTimer.descriptor("alarm-timer");
    }

    @Override
    public void open(OpenContext openContext) {
        tracker = new AlarmTracker(rules);
        memory = getRuntimeContext().getState(memoryDescriptor());
        timer = new LazyEventTimer(getRuntimeContext().getState(timerDescriptor()));
        raised = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.ALARMS_RAISED);
        cleared = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.ALARMS_CLEARED);
    }

    @Override
    public void processElement(Telemetry telemetry, Context context,
            Collector<VehicleAlarm> out) throws Exception {
        AlarmMemory before = memory.value();
        AlarmTracker.Outcome outcome = tracker.onTelemetry(before, telemetry);
        if (outcome.memory() == before) {
            return; // older than the vehicle's newest message: nothing changes, not even the deadline
        }
        memory.update(outcome.memory());
        emit(outcome, out);
        timer.keepAtOrBefore(context.timerService(), tracker.nextDeadline(outcome.memory()));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<VehicleAlarm> out) throws Exception {
        timer.fired();
        AlarmMemory before = memory.value();
        AlarmTracker.Outcome outcome = tracker.onEventTime(before, Instant.ofEpochMilli(timestamp));
        if (outcome.memory() != before) {
            memory.update(outcome.memory());
        }
        emit(outcome, out);
        timer.keepAtOrBefore(context.timerService(), tracker.nextDeadline(outcome.memory()));
    }

    private void emit(AlarmTracker.Outcome outcome, Collector<VehicleAlarm> out) {
        for (VehicleAlarm alarm : outcome.transitions()) {
            (alarm.raised() ? raised : cleared).inc();
            out.collect(alarm);
        }
    }
}
