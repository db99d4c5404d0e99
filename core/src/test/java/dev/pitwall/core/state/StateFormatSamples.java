package dev.pitwall.core.state;

import dev.pitwall.core.alarm.AlarmMemory;
import dev.pitwall.core.alarm.AlarmMemory.ActiveDtc;
import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.offer.ConsentHistory;
import dev.pitwall.core.offer.OfferMemory;
import dev.pitwall.core.offer.OfferMemory.SentOffer;
import dev.pitwall.core.profile.DailyBucket;
import dev.pitwall.core.profile.DrivingProfileMemory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Fixed sample values of each per-vehicle state type, full (every value set, non-ASCII text, nanos) and sparse. */
final class StateFormatSamples {

    static final Instant T = Instant.parse("2026-11-01T08:00:00.123456789Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    static final AlarmMemory ALARM_FULL = new AlarmMemory("1PWTST00000000001", T, 42, T.plusSeconds(600), 11.63,
            false, T.minusSeconds(60), T.minusSeconds(1),
            List.of(new ActiveDtc("C0750", T, null), new ActiveDtc("P0301", T.minusNanos(1), T)));
    static final AlarmMemory ALARM_RUNNING = new AlarmMemory("1PWTST00000000003", T, 0, null, null, true, null, null,
            List.of());
    static final AlarmMemory ALARM_EMPTY = AlarmMemory.empty("1PWTST00000000002");

    static final OfferMemory OFFER_FULL = new OfferMemory("1PWTST00000000001", T.plusNanos(5), 42,
            T.minusSeconds(60), T, List.of("lead-1-ü", "lead-2"),
            List.of(new SentOffer("fuel-partner-ahead", T),
                    new SentOffer("service-workshop-nearby", T.plusSeconds(1))));
    static final OfferMemory OFFER_EMPTY = OfferMemory.empty("1PWTST00000000002");

    static final ConsentHistory CONSENT_FULL = ConsentHistory.of(List.of(
            new MarketingConsent("1PWTST00000000001", "sub-1", true, T.plusNanos(123)),
            new MarketingConsent("1PWTST00000000001", "sub-ä", false, T.plusSeconds(5))));
    static final ConsentHistory CONSENT_NONE = ConsentHistory.none();

    static final DrivingProfileMemory PROFILE_FULL = new DrivingProfileMemory("1PWTST00000000001", T, 42,
            DAY.minusDays(3), 88.5, T.minusSeconds(1), 10_123.4, T.minusSeconds(2), 61.5, true, 60.0, true, false,
            true, T.minusSeconds(600), 12.25, null, T.minusSeconds(300), T.minusSeconds(10), true,
            new DailyBucket(DAY, 123.456, 5400.5, 60.25, 12.5, 8.75, 40, 1, 3, 120.5, 2, 1, List.of(7, 12, 17)),
            List.of(DailyBucket.empty(DAY.minusDays(3))));
    static final DrivingProfileMemory PROFILE_PARTIAL = new DrivingProfileMemory("1PWTST00000000003", T, 7, DAY,
            null, null, 5.0, T, null, false, null, false, true, false, null, 0, T, null, null, false, null,
            List.of());
    static final DrivingProfileMemory PROFILE_EMPTY = DrivingProfileMemory.empty("1PWTST00000000002");

    private StateFormatSamples() {
    }
}
