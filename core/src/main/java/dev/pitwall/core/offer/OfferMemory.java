package dev.pitwall.core.offer;

import static dev.pitwall.core.state.VersionedBinary.count;
import static dev.pitwall.core.state.VersionedBinary.readInstant;
import static dev.pitwall.core.state.VersionedBinary.writeInstant;

import dev.pitwall.core.state.VersionedBinary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link OfferTracker} remembers of one vehicle: the newest message seen and the low-fuel episode and leads
 * already offered ({@link OfferTracker#onTelemetry}'s part), and the offers sent within the longest cap window
 * ({@link OfferTracker#decide}'s part). Each method reads only its own part, so how a stream operator happens to
 * interleave the two calls does not change any result. Immutable, small and bounded: at most
 * {@link #MAX_OFFERED_LEADS} lead ids and {@link #MAX_SENT} sent offers, some 100 bytes in the usual case.
 *
 * <p>Its byte form ({@link #toBytes()}) carries a format version, so that this class, not a framework's
 * reflection, owns how the state survives checkpoints and upgrades.
 *
 * @param vin             the vehicle
 * @param newestEventTime event time of the newest message, {@code null} before the first
 * @param newestSeq       seq of the newest message (tie-break for equal event times), -1 before the first
 * @param fuelLowSince    when the current low-fuel episode began, {@code null} outside one
 * @param fuelOfferedAt   when the current episode's candidate was made, {@code null} if not yet (or outside one)
 * @param offeredLeadIds  leads that got a service candidate, oldest first; the oldest are forgotten beyond
 *                        {@link #MAX_OFFERED_LEADS}
 * @param sent            offers sent, oldest first, those older than the longest cap window forgotten
 */
public record OfferMemory(String vin, Instant newestEventTime, long newestSeq, Instant fuelLowSince,
        Instant fuelOfferedAt, List<String> offeredLeadIds, List<SentOffer> sent) {

    /** Leads remembered as offered; a vehicle rarely has more than a handful open at once. */
    public static final int MAX_OFFERED_LEADS = 32;
    /** Sent offers remembered; the caps never need more than {@link FrequencyCaps#MAX_CAP} per campaign. */
    public static final int MAX_SENT = 2 * FrequencyCaps.MAX_CAP;

    static final byte FORMAT_VERSION = 1;
    private static final String FORMAT_NAME = "vehicle offer memory";

    public OfferMemory {
        Objects.requireNonNull(vin, "vin");
        offeredLeadIds = offeredLeadIds == null ? List.of() : List.copyOf(offeredLeadIds);
        sent = sent == null ? List.of() : List.copyOf(sent);
    }

    /** A vehicle the tracker knows nothing of. */
    public static OfferMemory empty(String vin) {
        return new OfferMemory(vin, null, -1, null, null, List.of(), List.of());
    }

    /**
     * One sent offer, as far as the caps care.
     *
     * @param campaignId its campaign
     * @param createdAt  its event time
     */
    public record SentOffer(String campaignId, Instant createdAt) {

        public SentOffer {
            Objects.requireNonNull(campaignId, "campaignId");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** Whether the vehicle is in a low-fuel episode. */
    public boolean fuelLow() {
        return fuelLowSince != null;
    }

    OfferMemory withNewest(Instant eventTime, long seq, Instant lowSince, Instant offeredAt, List<String> leads) {
        return new OfferMemory(vin, eventTime, seq, lowSince, offeredAt, leads, sent);
    }

    OfferMemory withSent(List<SentOffer> newSent) {
        return new OfferMemory(vin, newestEventTime, newestSeq, fuelLowSince, fuelOfferedAt, offeredLeadIds, newSent);
    }

    /** The compact binary form for keyed state and checkpoints; read back with {@link #fromBytes(byte[])}. */
    public byte[] toBytes() {
        return VersionedBinary.write(FORMAT_VERSION, 64 + 40 * offeredLeadIds.size() + 40 * sent.size(), out -> {
            out.writeUTF(vin);
            writeInstant(out, newestEventTime);
            out.writeLong(newestSeq);
            writeInstant(out, fuelLowSince);
            writeInstant(out, fuelOfferedAt);
            out.writeInt(offeredLeadIds.size());
            for (String leadId : offeredLeadIds) {
                out.writeUTF(leadId);
            }
            out.writeInt(sent.size());
            for (SentOffer s : sent) {
                out.writeUTF(s.campaignId());
                writeInstant(out, s.createdAt());
            }
        });
    }

    /** @throws IllegalArgumentException if the bytes are not a memory of a format version this build reads */
    public static OfferMemory fromBytes(byte[] bytes) {
        try {
            return VersionedBinary.read(bytes, FORMAT_VERSION, FORMAT_NAME, in -> {
                String vin = in.readUTF();
                Instant newest = readInstant(in);
                long newestSeq = in.readLong();
                Instant lowSince = readInstant(in);
                Instant offeredAt = readInstant(in);
                int leadCount = count(in.readInt(), MAX_OFFERED_LEADS, FORMAT_NAME, "lead ids");
                List<String> leads = new ArrayList<>(leadCount);
                for (int i = 0; i < leadCount; i++) {
                    leads.add(in.readUTF());
                }
                int sentCount = count(in.readInt(), MAX_SENT, FORMAT_NAME, "sent offers");
                List<SentOffer> sent = new ArrayList<>(sentCount);
                for (int i = 0; i < sentCount; i++) {
                    sent.add(new SentOffer(in.readUTF(), readInstant(in)));
                }
                return new OfferMemory(vin, newest, newestSeq, lowSince, offeredAt, leads, sent);
            });
        } catch (NullPointerException e) { // a required instant written as absent
            throw new IllegalArgumentException(FORMAT_NAME + ": truncated or corrupt bytes", e);
        }
    }
}
