package dev.pitwall.stream;

import dev.pitwall.core.profile.DailyUsage;
import dev.pitwall.core.profile.DrivingProfile;
import dev.pitwall.core.profile.DrivingProfileMemory;
import dev.pitwall.core.profile.DrivingProfileRules;
import dev.pitwall.core.profile.DrivingProfileTracker;
import dev.pitwall.core.telemetry.Telemetry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.LocalTimeTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoField;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keeps each vehicle's {@link DrivingProfileMemory} (keyed by VIN) and one event-time timer, and lets core's
 * {@link DrivingProfileTracker} decide: every deduplicated message goes to {@link DrivingProfileTracker#onTelemetry},
 * and when the watermark passes the vehicle's next emission the timer calls {@link DrivingProfileTracker#onEventTime}.
 * Emits profile snapshots (vehicle_profile) and, on {@link #DAILY_USAGE}, daily usage rows (vehicle_daily_usage).
 *
 * <p>The timer is what writes a parked vehicle's last minutes: without it they would wait for its next message.
 * It moves lazily, as the alarm operator's does: it stays where it is while it is not later than the next emission,
 * and when it fires early it finds nothing due and is set again. The rows do not depend on when timers fire.
 *
 * <p>Neither value has a TTL: one record per vehicle, bounded by the window ({@code windowDays} small buckets).
 */
public final class DrivingProfileOperator extends KeyedProcessFunction<String, Telemetry, DrivingProfile> {

    private static final long serialVersionUID = 1L;

    public static final String UID = "driving-profiles";

    /** The main output's type: pass it to {@code process(...)}, as {@code TypeInformation.of} would fall to Kryo. */
    public static final TypeInformation<DrivingProfile> PROFILE_TYPE = recordWithLocalDates(DrivingProfile.class);

    /** Daily usage rows, next to the main output of profile snapshots. */
    public static final OutputTag<DailyUsage> DAILY_USAGE =
            new OutputTag<>("daily-usage", recordWithLocalDates(DailyUsage.class));

    private final DrivingProfileRules rules;

    private transient DrivingProfileTracker tracker;
    private transient ValueState<DrivingProfileMemory> memory;
    private transient LazyEventTimer timer;
    private transient Counter profilesEmitted;
    private transient Counter daysEmitted;

    public DrivingProfileOperator(DrivingProfileRules rules) {
        this.rules = rules;
    }

    public static ValueStateDescriptor<DrivingProfileMemory> memoryDescriptor() {
        return new ValueStateDescriptor<>("driving-profile-memory", DrivingProfileMemorySerializer.INSTANCE);
    }

    /** The event time (ms) of the timer currently registered for the vehicle, absent when none is. */
    public static ValueStateDescriptor<Long> timerDescriptor() {
        return LazyEventTimer.descriptor("driving-profile-timer");
    }

    @Override
    public void open(OpenContext openContext) {
        tracker = new DrivingProfileTracker(rules);
        memory = getRuntimeContext().getState(memoryDescriptor());
        timer = new LazyEventTimer(getRuntimeContext().getState(timerDescriptor()));
        profilesEmitted = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.PROFILES_EMITTED);
        daysEmitted = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.DAILY_USAGE_EMITTED);
    }

    @Override
    public void processElement(Telemetry telemetry, Context context, Collector<DrivingProfile> out)
            throws Exception {
        DrivingProfileMemory before = memory.value();
        DrivingProfileTracker.Outcome outcome = tracker.onTelemetry(before, telemetry);
        if (outcome.memory() == before) {
            return; // older than the vehicle's newest message: nothing changes
        }
        memory.update(outcome.memory());
        emit(outcome, context, out);
        timer.keepAtOrBefore(context.timerService(), tracker.nextEmission(outcome.memory()));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<DrivingProfile> out) throws Exception {
        timer.fired();
        DrivingProfileMemory before = memory.value();
        DrivingProfileTracker.Outcome outcome = tracker.onEventTime(before, Instant.ofEpochMilli(timestamp));
        if (outcome.memory() != before) {
            memory.update(outcome.memory());
        }
        emit(outcome, context, out);
        timer.keepAtOrBefore(context.timerService(), tracker.nextEmission(outcome.memory()));
    }

    private void emit(DrivingProfileTracker.Outcome outcome, Context context, Collector<DrivingProfile> out) {
        for (DrivingProfile profile : outcome.profiles()) {
            profilesEmitted.inc();
            out.collect(profile);
        }
        for (DailyUsage day : outcome.days()) {
            daysEmitted.inc();
            context.output(DAILY_USAGE, day);
        }
    }

    /**
     * The record as a POJO type like {@code TypeInformation.of} makes it, except that its {@link LocalDate} fields
     * get Flink's own serializer: the type extractor treats LocalDate as a generic type, i.e. Kryo, which the
     * pipeline forbids ({@code pipeline.generic-types: false}).
     */
    static <T> TypeInformation<T> recordWithLocalDates(Class<T> type) {
        List<PojoField> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            TypeInformation<?> info = field.getType() == LocalDate.class
                    ? LocalTimeTypeInfo.LOCAL_DATE : TypeExtractor.createTypeInfo(field.getGenericType());
            fields.add(new PojoField(field, info));
        }
        return new PojoTypeInfo<>(type, fields);
    }
}
