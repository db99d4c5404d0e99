package dev.pitwall.engagement.repurchase;

import java.util.Locale;

/** The size class a model competes in (the European A–E segments, merged where a subscription offer does not care). */
public enum MarketSegment {
    SMALL, COMPACT, MID_SIZE, EXECUTIVE;

    /** How an advisor says it: "compact", "mid-size". */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
