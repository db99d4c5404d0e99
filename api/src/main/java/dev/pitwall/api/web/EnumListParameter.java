package dev.pitwall.api.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A query parameter holding enum names, in any case, separated by commas or given repeatedly (Spring splits a single
 * comma-separated value, not each of repeated ones; this does both). Every filter of the API reads its enums so.
 */
public final class EnumListParameter {

    private EnumListParameter() {
    }

    /** What such a parameter accepts, e.g. "one or more of BOOKED, CANCELLED, separated by commas". */
    public static <E extends Enum<E>> String expected(Class<E> type) {
        return "one or more of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ", separated by commas";
    }

    /**
     * The names given, parsed; empty when none were (blank ones are ignored).
     *
     * @throws InvalidParameterException naming {@code parameter} and the first value that is no name of {@code type}
     */
    public static <E extends Enum<E>> Set<E> parse(String parameter, List<String> values, Class<E> type) {
        Set<E> parsed = EnumSet.noneOf(type);
        if (values == null) {
            return parsed;
        }
        for (String value : values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList()) {
            try {
                parsed.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(parameter, expected(type), value);
            }
        }
        return parsed;
    }
}
