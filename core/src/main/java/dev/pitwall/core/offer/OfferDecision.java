package dev.pitwall.core.offer;

import java.util.Objects;
import java.util.Optional;

/** What {@link OfferTracker#decide} made of a candidate: an offer to send, or a suppression with its reason. */
public sealed interface OfferDecision permits OfferDecision.Sent, OfferDecision.Suppressed {

    OfferCandidate candidate();

    /** The offer to send, empty when suppressed. */
    Optional<Offer> offer();

    /** The candidate becomes this offer. */
    record Sent(OfferCandidate candidate, Offer sent) implements OfferDecision {

        public Sent {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(sent, "sent");
        }

        @Override
        public Optional<Offer> offer() {
            return Optional.of(sent);
        }
    }

    /** The candidate is dropped for good (not deferred: the vehicle has moved on). */
    record Suppressed(OfferCandidate candidate, SuppressionReason reason) implements OfferDecision {

        public Suppressed {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<Offer> offer() {
            return Optional.empty();
        }
    }
}
