package dev.pitwall.core.offer;

import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.state.VersionedBinary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One vehicle's consent to location-based marketing over time: its newest {@link #MAX_CHANGES} changes, oldest
 * first. Consent is opt-in: at an instant before the first change kept, or without any, it is not granted.
 * Immutable; {@link #with} returns the next history. A stream operator keeps one per vehicle next to its
 * {@link OfferMemory}, fed from {@code marketing-consents.v1}.
 *
 * <p>The result does not depend on the order changes arrive in: they are kept sorted by {@code changedAt}; two
 * changes at the same instant are ordered granted before withdrawn, then by subscriber, and a repeat of a kept
 * change is ignored. The newest change at or before an instant decides; when several share that instant, the last
 * in this order, so a withdrawal wins a tie with a grant.
 */
public final class ConsentHistory {

    /** How many changes are kept; offers are decided near the present, so the oldest ones stop mattering. */
    public static final int MAX_CHANGES = 8;

    static final byte FORMAT_VERSION = 1;
    private static final String FORMAT_NAME = "marketing consent history";

    private static final Comparator<MarketingConsent> ORDER = Comparator.comparing(MarketingConsent::changedAt)
            .thenComparing(MarketingConsent::granted, Comparator.reverseOrder())
            .thenComparing(MarketingConsent::subscriberId);

    private static final ConsentHistory NONE = new ConsentHistory(List.of());

    private final List<MarketingConsent> changes;

    private ConsentHistory(List<MarketingConsent> changes) {
        this.changes = List.copyOf(changes);
    }

    /** A vehicle without any consent change: nothing is granted. */
    public static ConsentHistory none() {
        return NONE;
    }

    /** A history of these changes, in any order (keeping the newest {@link #MAX_CHANGES}). */
    public static ConsentHistory of(List<MarketingConsent> changes) {
        ConsentHistory history = NONE;
        for (MarketingConsent change : changes) {
            history = history.with(change);
        }
        return history;
    }

    /** The history with {@code change} added; the same instance when it is a repeat or older than all kept. */
    public ConsentHistory with(MarketingConsent change) {
        if (changes.contains(change)) {
            return this;
        }
        if (changes.size() >= MAX_CHANGES && ORDER.compare(change, changes.get(0)) < 0) {
            return this; // older than everything kept: it could only be dropped again
        }
        List<MarketingConsent> next = new ArrayList<>(changes.size() + 1);
        next.addAll(changes);
        next.add(change);
        next.sort(ORDER);
        while (next.size() > MAX_CHANGES) {
            next.remove(0);
        }
        return new ConsentHistory(next);
    }

    /** The change in force at {@code at}: the newest with {@code changedAt <= at}; empty when there is none. */
    public Optional<MarketingConsent> consentAt(Instant at) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (!changes.get(i).changedAt().isAfter(at)) {
                return Optional.of(changes.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether location-based offers were allowed at {@code at}. */
    public boolean grantedAt(Instant at) {
        return consentAt(at).map(MarketingConsent::granted).orElse(false);
    }

    /** The kept changes, oldest first. */
    public List<MarketingConsent> changes() {
        return changes;
    }

    /** The compact binary form for keyed state; read back with {@link #fromBytes(byte[])}. */
    public byte[] toBytes() {
        return VersionedBinary.write(FORMAT_VERSION, 16 + 64 * changes.size(), out -> {
            out.writeInt(changes.size());
            for (MarketingConsent c : changes) {
                out.writeUTF(c.vin());
                out.writeUTF(c.subscriberId());
                out.writeBoolean(c.granted());
                // seconds before nanos, never null: not VersionedBinary.writeInstant's encoding
                out.writeLong(c.changedAt().getEpochSecond());
                out.writeInt(c.changedAt().getNano());
            }
        });
    }

    /** @throws IllegalArgumentException if the bytes are not a history of a format version this build reads */
    public static ConsentHistory fromBytes(byte[] bytes) {
        return VersionedBinary.read(bytes, FORMAT_VERSION, FORMAT_NAME, in -> {
            int count = VersionedBinary.count(in.readInt(), MAX_CHANGES, FORMAT_NAME, "changes");
            List<MarketingConsent> changes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                changes.add(new MarketingConsent(in.readUTF(), in.readUTF(), in.readBoolean(),
                        Instant.ofEpochSecond(in.readLong(), in.readInt())));
            }
            return of(changes);
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsentHistory other && changes.equals(other.changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }

    @Override
    public String toString() {
        return "ConsentHistory" + changes;
    }
}
