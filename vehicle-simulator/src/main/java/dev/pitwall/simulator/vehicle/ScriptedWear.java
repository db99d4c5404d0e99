package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripted failures of one vehicle while they are pending. Until its time, a scripted component's remaining
 * life follows a straight line from its value at the start to 0 at the failure time (overriding its own
 * degradation, so the signals degrade towards the failure) and it cannot fail early. At the failure time the
 * driver sets off, so the failure happens then: at that engine start for the battery, in the first second of
 * running for the others. A car that is driving at that time fails at once, except the battery, which fails at
 * the next start; the car then stands at most ten minutes.
 */
final class ScriptedWear {

    /** Just above 0: the failure itself is decided by the script, not by the part reaching its limit. */
    private static final double FLOOR = 0.003;
    private static final double OVERDUE_PARKING_SECONDS = 600;

    private record Script(Component component, long startMillis, long failAtMillis, double startLife) {
    }

    private final List<Script> pending = new ArrayList<>(1);

    ScriptedWear(List<ScriptedFailure> scripts, long startMillis, Parts parts) {
        for (ScriptedFailure s : scripts) {
            pending.add(new Script(s.component(), startMillis, startMillis + s.after().toMillis(),
                    Math.max(FLOOR, parts.remainingLife(s.component()))));
        }
    }

    boolean active() {
        return !pending.isEmpty();
    }

    boolean pending(Component component) {
        for (Script s : pending) {
            if (s.component() == component) {
                return true;
            }
        }
        return false;
    }

    boolean due(Component component, long nowMillis) {
        for (Script s : pending) {
            if (s.component() == component && nowMillis >= s.failAtMillis()) {
                return true;
            }
        }
        return false;
    }

    /** A pending non-battery script whose time has come, or null. */
    Component dueWhileRunning(long nowMillis) {
        for (Script s : pending) {
            if (s.component() != Component.BATTERY && nowMillis >= s.failAtMillis()) {
                return s.component();
            }
        }
        return null;
    }

    void apply(long nowMillis, Parts parts) {
        for (Script s : pending) {
            double left = (double) (s.failAtMillis() - nowMillis) / (s.failAtMillis() - s.startMillis());
            parts.setRemainingLife(s.component(), Math.max(FLOOR, s.startLife() * Math.min(1, left)));
        }
    }

    void fired(Component component) {
        pending.removeIf(s -> s.component() == component);
    }

    /** While parked (and not in the workshop): leave at the scripted time, or soon if it has passed. */
    void adjustDeparture(DrivingSchedule schedule, long nowMillis) {
        for (Script s : pending) {
            double seconds = (s.failAtMillis() - nowMillis) / 1000.0;
            schedule.departWithin(seconds > 0 ? seconds : OVERDUE_PARKING_SECONDS);
        }
    }
}
