package dev.pitwall.prediction.features;

import dev.pitwall.core.telemetry.VssSignal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How one telemetry signal becomes features.
 *
 * @param flag  a boolean signal, summarised as 0/1 (so its window mean is the fraction of samples it was true)
 * @param group signals summarised together as well (min and max over the members, e.g. the four tyres), or null
 */
public record SignalSpec(VssSignal signal, SignalKind kind, Set<Scope> scopes, boolean flag, String group) {

    public SignalSpec {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(kind, "kind");
        scopes = Set.copyOf(scopes);
        if (kind == SignalKind.COUNTER && !scopes.equals(Set.of(Scope.ALL))) {
            throw new IllegalArgumentException(signal + ": a counter is summarised over all samples only");
        }
    }

    /** The signal's part of feature names: the enum constant in lower case, e.g. {@code battery_voltage}. */
    public String featurePrefix() {
        return signal.name().toLowerCase(Locale.ROOT);
    }

    /** The scopes in their declaration order (a set's iteration order must not decide the feature layout). */
    public List<Scope> orderedScopes() {
        return Stream.of(Scope.values()).filter(scopes::contains).toList();
    }
}
