package dev.pitwall.prediction.features;

/**
 * Remembers which of a vehicle's last 64 sequence numbers it has seen (the anti-replay window of IPsec): a repeated
 * seq is a duplicate, a new seq below the highest is late but still counted, a seq more than 64 below is too old
 * to tell and dropped. Sixteen bytes, however long the vehicle lives.
 */
final class SeqWindow {

    static final int WIDTH = 64;

    /** What became of one message. */
    enum Verdict { NEW, LATE, DUPLICATE, TOO_OLD }

    private long highest = -1;
    /** Bit i: seq {@code highest - i} was seen. */
    private long seen;

    Verdict offer(long seq) {
        if (seq > highest) {
            long shift = highest < 0 ? WIDTH : seq - highest;
            seen = shift >= WIDTH ? 0 : seen << shift;
            seen |= 1L;
            highest = seq;
            return Verdict.NEW;
        }
        long behind = highest - seq;
        if (behind >= WIDTH) {
            return Verdict.TOO_OLD;
        }
        long bit = 1L << behind;
        if ((seen & bit) != 0) {
            return Verdict.DUPLICATE;
        }
        seen |= bit;
        return Verdict.LATE;
    }

    long highest() {
        return highest;
    }

    long seenBits() {
        return seen;
    }

    void restore(long highest, long seen) {
        this.highest = highest;
        this.seen = seen;
    }
}
