package dev.pitwall.api.alarm;

import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.core.alarm.AlarmType;
import java.util.Locale;

/**
 * Which alarms a caller asked for: active, cleared or both, of one type or all.
 *
 * @param active {@code true} only active, {@code false} only cleared, {@code null} both
 * @param type   only this type, {@code null} for all
 */
record AlarmQuery(Boolean active, AlarmType type) {

    static final String ACTIVE_EXPECTED = "true (only active alarms) or false (only cleared ones)";

    /** Reads the {@code active} parameter strictly: only true or false, in any case; absent means both. */
    static AlarmQuery of(String active, AlarmType type) {
        if (active == null || active.isBlank()) {
            return new AlarmQuery(null, type);
        }
        return switch (active.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> new AlarmQuery(true, type);
            case "false" -> new AlarmQuery(false, type);
            default -> throw new InvalidParameterException("active", ACTIVE_EXPECTED, active);
        };
    }
}
