package dev.pitwall.core.offer;

import static dev.pitwall.core.offer.OfferFixtures.GRANTED;
import static dev.pitwall.core.offer.OfferFixtures.LAT;
import static dev.pitwall.core.offer.OfferFixtures.LON;
import static dev.pitwall.core.offer.OfferFixtures.T0;
import static dev.pitwall.core.offer.OfferFixtures.VIN;
import static dev.pitwall.core.offer.OfferFixtures.consent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link OfferTracker#decide}: consent, quiet hours, caps and expiry turn candidates into offers. */
class OfferDecideTest {

    final OfferTracker tracker = new OfferTracker(OfferRules.DEFAULTS);
    OfferMemory memory;

    static OfferCandidate fuel(Instant at) {
        return new OfferCandidate(VIN, at.getEpochSecond(), OfferKind.FUEL, "fuel-partner-ahead", at, "fs-001",
                "Nordstern Leopoldstraße", "Nordstern", 2.4, LAT, LON, null, "Fuel at 14 %: ...");
    }

    static OfferCandidate service(Instant at, String leadId) {
        return new OfferCandidate(VIN, at.getEpochSecond(), OfferKind.SERVICE, "service-workshop-nearby", at,
                "ws-001", "Meisterwerk Kfz Schwabing", "Meisterwerk", 1.3, LAT, LON, leadId, "Oil service due: ...");
    }

    OfferDecision decide(OfferTracker with, OfferCandidate c, ConsentHistory consent) {
        OfferTracker.Decided decided = with.decide(memory, c, consent);
        memory = decided.memory();
        return decided.decision();
    }

    OfferDecision decide(OfferCandidate c) {
        return decide(tracker, c, GRANTED);
    }

    static Optional<SuppressionReason> reason(OfferDecision d) {
        return d instanceof OfferDecision.Suppressed s ? Optional.of(s.reason()) : Optional.empty();
    }

    @Test
    void aCandidateWithConsentOutsideQuietHoursAndCapsBecomesAnOffer() {
        OfferCandidate c = fuel(T0);

        OfferDecision decision = decide(c);

        assertThat(decision).isInstanceOf(OfferDecision.Sent.class);
        Offer offer = decision.offer().orElseThrow();
        assertThat(offer.offerId()).isEqualTo(Offer.idFor(c));
        assertThat(offer.vin()).isEqualTo(VIN);
        assertThat(offer.subscriberId()).isEqualTo("sub-1");
        assertThat(offer.kind()).isEqualTo(OfferKind.FUEL);
        assertThat(offer.campaignId()).isEqualTo("fuel-partner-ahead");
        assertThat(offer.poiId()).isEqualTo("fs-001");
        assertThat(offer.poiName()).isEqualTo("Nordstern Leopoldstraße");
        assertThat(offer.brand()).isEqualTo("Nordstern");
        assertThat(offer.distanceKm()).isEqualTo(2.4);
        assertThat(offer.latitude()).isEqualTo(LAT);
        assertThat(offer.longitude()).isEqualTo(LON);
        assertThat(offer.createdAt()).isEqualTo(T0);
        assertThat(offer.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(offer.leadId()).isNull();
        assertThat(offer.message()).isEqualTo(c.message());
        assertThat(memory.sent()).containsExactly(new OfferMemory.SentOffer("fuel-partner-ahead", T0));
    }

    @Test
    void eachCampaignHasItsOwnValidity() {
        Offer service = decide(service(T0, "lead-1")).offer().orElseThrow();

        assertThat(service.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(12)));
        assertThat(service.leadId()).isEqualTo("lead-1");
        assertThat(service.validAt(T0)).isTrue();
        assertThat(service.validAt(T0.plus(Duration.ofHours(12)).minusNanos(1))).isTrue();
        assertThat(service.validAt(T0.plus(Duration.ofHours(12)))).isFalse();
        assertThat(service.validAt(T0.minusNanos(1))).isFalse();
    }

    @Test
    void theOfferIdDependsOnlyOnWhatTriggeredIt() {
        assertThat(Offer.idFor(fuel(T0))).isEqualTo(Offer.idFor(fuel(T0)))
                .isEqualTo(UUID.nameUUIDFromBytes((VIN + "|fuel-partner-ahead|2026-11-03T09:00:00Z|fs-001|")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .isNotEqualTo(Offer.idFor(fuel(T0.plusSeconds(1))));
        assertThat(Offer.idFor(service(T0, "lead-1"))).isNotEqualTo(Offer.idFor(service(T0, "lead-2")));
    }

    @Nested
    class Consent {

        @Test
        void withoutAnyConsentNothingIsSent() {
            assertThat(reason(decide(tracker, fuel(T0), ConsentHistory.none()))).contains(SuppressionReason.NO_CONSENT);
            assertThat(reason(decide(tracker, fuel(T0), null))).contains(SuppressionReason.NO_CONSENT);
            assertThat(memory.sent()).isEmpty();
        }

        @Test
        void consentCountsFromItsChangeOnGrantedThenWithdrawnThenGrantedAgain() {
            ConsentHistory history = ConsentHistory.of(List.of(
                    consent(true, T0), consent(false, T0.plus(Duration.ofDays(2))),
                    consent(true, T0.plus(Duration.ofDays(4)))));
            OfferTracker uncapped = new OfferTracker(OfferRules.DEFAULTS.withCaps(
                    new FrequencyCaps(10, Duration.ofHours(1), 10, Duration.ofHours(1))));

            assertThat(reason(decide(uncapped, fuel(T0.minusNanos(1)), history))).contains(SuppressionReason.NO_CONSENT);
            assertThat(decide(uncapped, fuel(T0), history).offer()).isPresent();
            assertThat(decide(uncapped, fuel(T0.plus(Duration.ofDays(2)).minusNanos(1)), history).offer()).isPresent();
            assertThat(reason(decide(uncapped, fuel(T0.plus(Duration.ofDays(2))), history)))
                    .contains(SuppressionReason.NO_CONSENT);
            assertThat(reason(decide(uncapped, fuel(T0.plus(Duration.ofDays(3))), history)))
                    .contains(SuppressionReason.NO_CONSENT);
            assertThat(decide(uncapped, fuel(T0.plus(Duration.ofDays(4))), history).offer()).isPresent();
        }

        @Test
        void aGrantDatedAfterTheCandidateDoesNotReachBack() {
            ConsentHistory lateGrant = ConsentHistory.of(List.of(consent(true, T0.plusSeconds(1))));

            assertThat(reason(decide(tracker, fuel(T0), lateGrant))).contains(SuppressionReason.NO_CONSENT);
        }

        @Test
        void consentIsCheckedBeforeQuietHoursAndCaps() {
            Instant night = Instant.parse("2026-11-03T22:00:00Z");

            assertThat(reason(decide(tracker, fuel(night), ConsentHistory.none())))
                    .contains(SuppressionReason.NO_CONSENT);
        }
    }

    @Nested
    class QuietHoursOfDecide {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                // winter (CET, UTC+1): 21:00-08:00 local is 20:00Z-07:00Z
                "2026-11-03T19:59:59Z, SENT",
                "2026-11-03T20:00:00Z, QUIET_HOURS",
                "2026-11-03T23:30:00Z, QUIET_HOURS",
                "2026-11-04T06:59:59Z, QUIET_HOURS",
                "2026-11-04T07:00:00Z, SENT",
                // summer (CEST, UTC+2): 19:00Z-06:00Z
                "2026-06-02T18:59:59Z, SENT",
                "2026-06-02T19:00:00Z, QUIET_HOURS",
                "2026-06-03T05:59:59Z, QUIET_HOURS",
                "2026-06-03T06:00:00Z, SENT",
                // the nights the clocks change: 08:00 local comes at 06:00Z in March, 07:00Z in October
                "2026-03-29T05:59:59Z, QUIET_HOURS",
                "2026-03-29T06:00:00Z, SENT",
                "2026-10-25T06:59:59Z, QUIET_HOURS",
                "2026-10-25T07:00:00Z, SENT"})
        void quietHoursAreLocalTimeInTheConfiguredZone(Instant at, String expected) {
            OfferDecision decision = decide(fuel(at));

            assertThat(reason(decision).map(Enum::name).orElse("SENT")).isEqualTo(expected);
        }

        @Test
        void aCandidateInQuietHoursIsDroppedAndDoesNotCountAgainstTheCaps() {
            assertThat(reason(decide(fuel(Instant.parse("2026-11-03T22:00:00Z")))))
                    .contains(SuppressionReason.QUIET_HOURS);
            assertThat(memory.sent()).isEmpty();
            assertThat(decide(fuel(Instant.parse("2026-11-04T08:00:00Z"))).offer()).isPresent();
        }

        @Test
        void noQuietHoursSendsAroundTheClock() {
            OfferTracker always = new OfferTracker(OfferRules.DEFAULTS.withQuietHours(
                    QuietHours.none(OfferFixtures.BERLIN)));

            assertThat(decide(always, fuel(Instant.parse("2026-11-03T23:00:00Z")), GRANTED).offer()).isPresent();
        }
    }

    @Nested
    class Caps {

        final OfferTracker vehicleCapOnly = new OfferTracker(OfferRules.DEFAULTS.withCaps(
                new FrequencyCaps(2, Duration.ofHours(24), 10, Duration.ofDays(7))));

        @Test
        void atMostTwoPerVehicleInAnyRolling24Hours() {
            assertThat(decide(vehicleCapOnly, fuel(T0), GRANTED).offer()).isPresent();
            assertThat(decide(vehicleCapOnly, service(T0.plus(Duration.ofHours(1)), "l1"), GRANTED).offer()).isPresent();
            assertThat(reason(decide(vehicleCapOnly, fuel(T0.plus(Duration.ofHours(24)).minusNanos(1)), GRANTED)))
                    .contains(SuppressionReason.VEHICLE_CAP);
            // exactly 24 h after the first it no longer counts
            assertThat(decide(vehicleCapOnly, fuel(T0.plus(Duration.ofHours(24))), GRANTED).offer()).isPresent();
            assertThat(reason(decide(vehicleCapOnly, service(T0.plus(Duration.ofHours(24)), "l2"), GRANTED)))
                    .contains(SuppressionReason.VEHICLE_CAP);
            assertThat(decide(vehicleCapOnly, service(T0.plus(Duration.ofHours(25)), "l3"), GRANTED).offer())
                    .isPresent();
        }

        @Test
        void atMostOnePerCampaignInAnyRolling7Days() {
            assertThat(decide(fuel(T0)).offer()).isPresent();
            assertThat(reason(decide(fuel(T0.plus(Duration.ofDays(1)))))).contains(SuppressionReason.CAMPAIGN_CAP);
            assertThat(decide(service(T0.plus(Duration.ofDays(1)), "l1")).offer()).isPresent(); // another campaign
            assertThat(reason(decide(fuel(T0.plus(Duration.ofDays(7)).minusNanos(1)))))
                    .contains(SuppressionReason.CAMPAIGN_CAP);
            assertThat(decide(fuel(T0.plus(Duration.ofDays(7)))).offer()).isPresent();
        }

        @Test
        void theVehicleCapIsCheckedBeforeTheCampaignCap() {
            decide(fuel(T0));
            decide(service(T0.plusSeconds(60), "l1"));

            assertThat(reason(decide(fuel(T0.plusSeconds(120))))).contains(SuppressionReason.VEHICLE_CAP);
        }

        @Test
        void suppressedCandidatesDoNotCount() {
            decide(tracker, fuel(T0), ConsentHistory.none());
            decide(tracker, fuel(T0.plusSeconds(1)), ConsentHistory.none());

            assertThat(decide(fuel(T0.plusSeconds(2))).offer()).isPresent();
            assertThat(memory.sent()).hasSize(1);
        }

        @Test
        void capsHoldEvenWhenCandidatesComeOutOfOrder() {
            assertThat(decide(fuel(T0.plus(Duration.ofDays(3)))).offer()).isPresent();

            assertThat(reason(decide(fuel(T0)))).contains(SuppressionReason.CAMPAIGN_CAP);
        }

        @Test
        void sentOffersOutsideEveryWindowAreForgotten() {
            OfferTracker small = new OfferTracker(OfferRules.DEFAULTS.withCaps(
                    new FrequencyCaps(1, Duration.ofHours(1), 1, Duration.ofHours(2))));
            for (int day = 0; day < 50; day++) {
                decide(small, fuel(T0.plus(Duration.ofDays(day))), GRANTED);
            }

            assertThat(memory.sent()).containsExactly(
                    new OfferMemory.SentOffer("fuel-partner-ahead", T0.plus(Duration.ofDays(49))));
        }

        @Test
        void theRememberedOffersStayBoundedWhateverTheCaps() {
            OfferTracker generous = new OfferTracker(OfferRules.DEFAULTS.withQuietHours(
                    QuietHours.none(OfferFixtures.BERLIN)).withCaps(new FrequencyCaps(FrequencyCaps.MAX_CAP,
                    Duration.ofDays(30), FrequencyCaps.MAX_CAP, Duration.ofDays(30))));
            for (int i = 0; i < 200; i++) {
                boolean fuel = i % 2 == 0;
                Instant at = T0.plus(Duration.ofMinutes(i));
                decide(generous, fuel ? fuel(at) : service(at, "l" + i), GRANTED);
            }

            assertThat(memory.sent()).hasSizeLessThanOrEqualTo(OfferMemory.MAX_SENT);
        }
    }
}
