package dev.pitwall.api.lead;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a lead stands in its lifecycle (V8's {@code service_lead.status}). The stream opens leads, expires them and
 * closes them when their condition ends; service advisors move them forward through the API:
 *
 * <pre>
 *   OPEN ─▶ CONTACTED ─▶ BOOKED ─▶ CLOSED      (CLOSED also straight from OPEN or CONTACTED)
 *     └──────────┴─▶ EXPIRED (the stream only)
 * </pre>
 *
 * Declared in lifecycle order; CLOSED and EXPIRED are final.
 */
public enum LeadStatus {
    OPEN,
    CONTACTED,
    BOOKED,
    CLOSED,
    EXPIRED;

    /** The statuses an advisor may set through the API. */
    static final Set<LeadStatus> SETTABLE = EnumSet.of(CONTACTED, BOOKED, CLOSED);

    /** The statuses an advisor may move a lead in this status to; empty for the final ones. */
    Set<LeadStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(CONTACTED, BOOKED, CLOSED);
            case CONTACTED -> EnumSet.of(BOOKED, CLOSED);
            case BOOKED -> EnumSet.of(CLOSED);
            case CLOSED, EXPIRED -> EnumSet.noneOf(LeadStatus.class);
        };
    }

    boolean isFinal() {
        return allowedNext().isEmpty();
    }

    boolean canMoveTo(LeadStatus next) {
        return allowedNext().contains(next);
    }

    static String names(Set<LeadStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    static String allNames() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
