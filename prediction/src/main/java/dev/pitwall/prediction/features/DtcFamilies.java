package dev.pitwall.prediction.features;

import dev.pitwall.core.maintenance.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups trouble codes into families, one per {@link Component} that has codes pointing at it plus {@code other},
 * by code prefix (the longest matching prefix wins). Families are what the DTC features count.
 */
public final class DtcFamilies {

    public static final String OTHER = "other";

    private final List<String> names;
    private final Map<String, List<String>> prefixesByFamily;
    /** Prefixes sorted longest first, each with its family's index in {@link #names}. */
    private final List<Map.Entry<String, Integer>> prefixes;

    private DtcFamilies(Map<String, List<String>> prefixesByFamily) {
        List<String> families = new ArrayList<>(prefixesByFamily.keySet());
        families.remove(OTHER);
        families.add(OTHER);
        this.names = List.copyOf(families);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        prefixesByFamily.forEach((family, codes) -> copy.put(family, List.copyOf(codes)));
        this.prefixesByFamily = java.util.Collections.unmodifiableMap(copy);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>();
        prefixesByFamily.forEach((family, codes) -> codes.forEach(
                prefix -> entries.add(Map.entry(prefix, names.indexOf(family)))));
        entries.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        this.prefixes = List.copyOf(entries);
    }

    /**
     * The SAE J2012 codes that point at a wearing part, plus the manufacturer codes the simulated fleet reports:
     * U3003 and Ford's B1676 (battery voltage) and C1100 (pad-wear indicator; brake pads have no generic code).
     */
    public static DtcFamilies defaults() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(family(Component.BATTERY), List.of("P0560", "P0561", "P0562", "P0563", "P062", "B1676", "U3003"));
        map.put(family(Component.BRAKE_PADS), List.of("C1100"));
        map.put(family(Component.TIRES), List.of("C075"));
        map.put(family(Component.ENGINE_OIL), List.of("P052", "P0195", "P0196", "P0197", "P0198", "P0199"));
        map.put(family(Component.COOLING), List.of("P011", "P0125", "P0128", "P0217", "P048"));
        map.put(family(Component.IGNITION), List.of("P030", "P035"));
        return of(map);
    }

    /** Families in iteration order of {@code prefixesByFamily}, each with its code prefixes; {@code other} is implicit. */
    public static DtcFamilies of(Map<String, List<String>> prefixesByFamily) {
        return new DtcFamilies(new LinkedHashMap<>(prefixesByFamily));
    }

    public static String family(Component component) {
        return component.name().toLowerCase(Locale.ROOT);
    }

    /** Family names, {@code other} last. */
    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The index in {@link #names()} of the family of {@code code}. */
    public int familyOf(String code) {
        for (Map.Entry<String, Integer> prefix : prefixes) {
            if (code.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return names.size() - 1;
    }

    /** Bit i set when a code of family i is in {@code codes}. */
    public int maskOf(List<String> codes) {
        int mask = 0;
        for (int i = 0; i < codes.size(); i++) {
            mask |= 1 << familyOf(codes.get(i));
        }
        return mask;
    }

    /** The code prefixes of a family (none for {@code other}, which takes every code no prefix claims). */
    public List<String> prefixesOf(String family) {
        return prefixesByFamily.getOrDefault(family, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DtcFamilies other && prefixesByFamily.equals(other.prefixesByFamily);
    }

    @Override
    public int hashCode() {
        return prefixesByFamily.hashCode();
    }
}
