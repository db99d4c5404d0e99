package dev.pitwall.prediction.features;

import dev.pitwall.core.telemetry.VehicleSignals;
import dev.pitwall.core.telemetry.VssSignal;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The value type of every {@link VssSignal}, found once by reflection on {@link VehicleSignals}' record components.
 * The enum does not expose its value types, and signals get added to it (by the simulator and device makers):
 * discovering the types keeps the features generic instead of hand-listing today's signals.
 */
public final class SignalTypes {

    /** What a signal carries. */
    public enum ValueType { NUMBER, BOOLEAN, CODE_LIST, OTHER }

    private static final Map<VssSignal, ValueType> TYPES = discover();

    private SignalTypes() {
    }

    public static ValueType of(VssSignal signal) {
        return TYPES.getOrDefault(signal, ValueType.OTHER);
    }

    private static Map<VssSignal, ValueType> discover() {
        // Fill every record component with a recognisable value of its type, then ask each signal what it reads.
        RecordComponent[] components = VehicleSignals.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            types[i] = type;
            if (type == Double.class) {
                args[i] = (double) i;
            } else if (type == Boolean.class) {
                args[i] = Boolean.TRUE;
            } else if (type == List.class) {
                args[i] = List.of("P0000");
            }
        }
        VehicleSignals probe;
        try {
            Constructor<VehicleSignals> canonical = VehicleSignals.class.getDeclaredConstructor(types);
            probe = canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a probe VehicleSignals to discover signal types", e);
        }
        Map<VssSignal, ValueType> result = new EnumMap<>(VssSignal.class);
        for (VssSignal signal : VssSignal.values()) {
            Object value = signal.valueIn(probe);
            result.put(signal, value instanceof Double ? ValueType.NUMBER
                    : value instanceof Boolean ? ValueType.BOOLEAN
                    : value instanceof List<?> ? ValueType.CODE_LIST
                    : ValueType.OTHER);
        }
        return Collections.unmodifiableMap(result);
    }
}
