package dev.pitwall.stream;

import java.time.Instant;
import java.util.Optional;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;

/**
 * One event-time timer per key, moved lazily. A message usually pushes the key's next deadline back, and deleting
 * and registering a timer per message would cost two timer-queue writes each (RocksDB writes with that backend). So
 * the timer stays where it is while it is not later than the next deadline; when it fires early, the operator finds
 * nothing due and calls {@link #keepAtOrBefore} again, which moves it on. The registered time lives in keyed state.
 */
final class LazyEventTimer {

    private final ValueState<Long> registered;

    /** @param registered the keyed state that remembers the registered timer ({@link #descriptor}) */
    LazyEventTimer(ValueState<Long> registered) {
        this.registered = registered;
    }

    /** The state holding the event time (ms) of the timer currently registered for the key, absent when none is. */
    static ValueStateDescriptor<Long> descriptor(String name) {
        return new ValueStateDescriptor<>(name, Types.LONG);
    }

    /** To be called first in {@code onTimer}: the timer that fired is gone. */
    void fired() throws Exception {
        registered.clear();
    }

    /** Keeps one timer at or before {@code next}; none when nothing is pending. */
    void keepAtOrBefore(TimerService timers, Optional<Instant> next) throws Exception {
        Long current = registered.value();
        if (next.isEmpty()) {
            if (current != null) {
                timers.deleteEventTimeTimer(current);
                registered.clear();
            }
            return;
        }
        long wanted = ceilMillis(next.get());
        if (current != null && current <= wanted) {
            return; // fires no later than needed; it will move itself on
        }
        if (current != null) {
            timers.deleteEventTimeTimer(current);
        }
        timers.registerEventTimeTimer(wanted);
        registered.update(wanted);
    }

    /** Timers have millisecond resolution: round up, so that the deadline is reached when the timer fires. */
    static long ceilMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }
}
