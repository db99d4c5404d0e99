package dev.pitwall.engagement.campaign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/**
 * Puts each member of a campaign into the control group or a variant. The choice is a pure function of (campaign,
 * subscriber, vehicle): replaying a campaign, relaunching it or evaluating it on another instance gives every member
 * the same group, and a member's group does not depend on who else is in the audience.
 */
public final class VariantAssignment {

    /** Buckets of the split: control and variant shares are resolved to 1/10,000 of the audience. */
    static final int BUCKETS = 10_000;

    private final UUID campaignId;
    private final int controlPercent;
    private final List<Variant> variants;
    private final int totalWeight;

    public VariantAssignment(UUID campaignId, int controlPercent, List<Variant> variants) {
        if (controlPercent < 0 || controlPercent > 50) {
            throw new IllegalArgumentException("controlPercent: expected 0 to 50, got " + controlPercent);
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("variants: expected at least one");
        }
        this.campaignId = campaignId;
        this.controlPercent = controlPercent;
        this.variants = List.copyOf(variants);
        this.totalWeight = variants.stream().mapToInt(Variant::weight).sum();
    }

    /** The variant key for this member, or {@link Variant#CONTROL}. */
    public String assign(String subscriberId, String vin) {
        int bucket = bucket(campaignId + "|" + subscriberId + "|" + vin);
        int controlBuckets = controlPercent * (BUCKETS / 100);
        if (bucket < controlBuckets) {
            return Variant.CONTROL;
        }
        // the rest of the buckets, in proportion to the weights
        long position = (long) (bucket - controlBuckets) * totalWeight / (BUCKETS - controlBuckets);
        int cumulative = 0;
        for (Variant variant : variants) {
            cumulative += variant.weight();
            if (position < cumulative) {
                return variant.key();
            }
        }
        return variants.get(variants.size() - 1).key();
    }

    static int bucket(String member) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(member.getBytes(StandardCharsets.UTF_8));
            return (int) Math.floorMod(ByteBuffer.wrap(digest).getLong(), (long) BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
