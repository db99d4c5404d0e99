package dev.pitwall.engagement.delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * What caused a message: a lead, a campaign, an offer, a booking or a renewal, by its id, and the campaign's A/B
 * variant when there is one. Every message and delivery carries it, so each can be traced back; kind and id are
 * also the message's identity for deduplication (a replayed cause sends nothing twice), the variant is not.
 *
 * @param id      the cause's own id (a lead's UUID, a campaign's id), 1 to {@value #MAX_ID_LENGTH} characters
 * @param variant a campaign's variant (e.g. "B"), null for anything else
 */
public record Cause(CauseKind kind, String id, String variant) {

    public static final int MAX_ID_LENGTH = 200;
    public static final int MAX_VARIANT_LENGTH = 50;
    /** What {@link #parse} accepts, for error messages. */
    public static final String REFERENCE_FORMAT = "KIND:id with KIND one of "
            + String.join(", ", Arrays.stream(CauseKind.values()).map(Enum::name).toList()) + ", e.g. LEAD:6f1c2b9e";

    public Cause {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("cause id: expected 1 to " + MAX_ID_LENGTH + " characters, got '"
                    + id + "'");
        }
        if (variant != null && (kind != CauseKind.CAMPAIGN || variant.isBlank()
                || variant.length() > MAX_VARIANT_LENGTH)) {
            throw new IllegalArgumentException("cause variant: expected none, or 1 to " + MAX_VARIANT_LENGTH
                    + " characters for a CAMPAIGN, got '" + variant + "' for " + kind);
        }
    }

    public static Cause of(CauseKind kind, String id) {
        return new Cause(kind, id, null);
    }

    public static Cause campaign(String campaignId, String variant) {
        return new Cause(CauseKind.CAMPAIGN, campaignId, variant);
    }

    /** "LEAD:6f1c2b9e-...": kind and id, how a message names its cause (variant aside). */
    public String reference() {
        return kind + ":" + id;
    }

    /** Reads a {@link #reference()} (e.g. CAMPAIGN:spring-tyres-2026); the kind is case-insensitive. */
    public static Cause parse(String reference) {
        int colon = reference == null ? -1 : reference.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("cause: expected " + REFERENCE_FORMAT + ", got '" + reference + "'");
        }
        CauseKind kind;
        try {
            kind = CauseKind.valueOf(reference.substring(0, colon).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cause: expected " + REFERENCE_FORMAT + ", got '" + reference + "'");
        }
        return of(kind, reference.substring(colon + 1).strip());
    }
}
