package dev.pitwall.core.offer;

import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.lead.OpenLead;
import dev.pitwall.core.offer.OfferMemory.SentOffer;
import dev.pitwall.core.poi.PoiFilter;
import dev.pitwall.core.poi.PoiIndex;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PoiMatch;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, in plain Java, which geo-targeted offers a vehicle gets (docs/geo-offers.md). Stateless apart from its
 * configuration: each call takes the vehicle's {@link OfferMemory} and returns the next one. A stream operator calls
 * it in two steps:
 * <ol>
 *   <li>{@link #onTelemetry} for each deduplicated message, with the vehicle's open leads and the POI index: the
 *       rules find candidates (low fuel and a partner station ahead; an open lead and a partner workshop nearby).</li>
 *   <li>{@link #decide} for each candidate once event time (the watermark) has passed its {@code triggeredAt}, in
 *       {@link OfferCandidate#DECISION_ORDER}, with the vehicle's {@link ConsentHistory}: consent, quiet hours and
 *       caps make it an {@link Offer} or suppress it.</li>
 * </ol>
 *
 * <p>The results depend only on each vehicle's messages, leads, consent changes and the POIs, never on a clock or on
 * when the watermark happens to advance: everything is judged at the message's event time, {@code onTelemetry}
 * reads and writes only its part of the memory and {@code decide} only its own, and a message older than the newest
 * seen (event time, then seq) changes nothing. So replaying the same input gives the same offers with the same ids.
 */
public final class OfferTracker {

    private static final PoiFilter PARTNER_FUEL_STATIONS = PoiFilter.kinds(PoiKind.FUEL_STATION).partnersOnly();
    private static final PoiFilter PARTNER_WORKSHOPS = PoiFilter.kinds(PoiKind.WORKSHOP, PoiKind.DEALER)
            .partnersOnly();
    /** Most urgent first, then the oldest, then by id: a total order, whatever order the caller lists them in. */
    private static final Comparator<OpenLead> LEAD_ORDER = Comparator.comparing(OpenLead::priority)
            .thenComparing(OpenLead::openedAt).thenComparing(OpenLead::leadId);

    private final OfferRules rules;
    private final WorkshopAvailability availability;

    /** With the stand-in for workshop slots: open now and for the service rule's {@code minOpenAhead}. */
    public OfferTracker(OfferRules rules) {
        this(rules, WorkshopAvailability.openFor(rules.service().minOpenAhead()));
    }

    /** With a workshop availability of one's own (e.g. booking-aware, once bookings exist). */
    public OfferTracker(OfferRules rules, WorkshopAvailability availability) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.availability = Objects.requireNonNull(availability, "availability");
    }

    public OfferRules rules() {
        return rules;
    }

    /**
     * Applies one message: updates the low-fuel episode and finds this message's candidates (at most one per rule).
     *
     * @param memory    the vehicle's memory so far, {@code null} before its first message
     * @param telemetry the message
     * @param openLeads the vehicle's open leads as of this message (any order; {@code null} = none)
     * @param pois      the partner stations and workshops
     * @return the next memory (the same instance when the message was not newer) and the candidates, fuel first
     */
    public Observed onTelemetry(OfferMemory memory, Telemetry telemetry, List<OpenLead> openLeads, PoiIndex pois) {
        OfferMemory m = memory != null ? memory : OfferMemory.empty(telemetry.vin());
        if (!isNewer(m, telemetry)) {
            return new Observed(m, List.of());
        }
        Instant now = telemetry.eventTime();
        VehicleSignals s = telemetry.signals();
        List<OfferCandidate> candidates = new ArrayList<>(2);

        Instant lowSince = m.fuelLowSince();
        Instant offeredAt = m.fuelOfferedAt();
        Double fuel = s.fuelLevelPct(); // a message without it says nothing about the episode
        if (fuel != null) {
            if (lowSince == null && fuel < rules.fuel().belowPct()) {
                lowSince = now;
                offeredAt = null;
            } else if (lowSince != null && fuel > rules.fuel().endsAbovePct()) {
                lowSince = null;
                offeredAt = null;
            }
        }
        if (lowSince != null && offeredAt == null && fuel != null) {
            Optional<OfferCandidate> c = fuelCandidate(telemetry, fuel, pois);
            if (c.isPresent()) {
                candidates.add(c.get());
                offeredAt = now;
            }
        }

        List<String> offeredLeads = m.offeredLeadIds();
        Optional<OfferCandidate> service = serviceCandidate(telemetry, offeredLeads, openLeads, pois);
        if (service.isPresent()) {
            List<String> next = new ArrayList<>(offeredLeads);
            next.add(service.get().leadId());
            while (next.size() > OfferMemory.MAX_OFFERED_LEADS) {
                next.remove(0);
            }
            offeredLeads = next;
            candidates.add(service.get());
        }
        return new Observed(m.withNewest(now, telemetry.seq(), lowSince, offeredAt, offeredLeads), candidates);
    }

    /**
     * Consent, quiet hours and caps, in that order, turn one candidate into an offer or suppress it. Call it in
     * {@link OfferCandidate#DECISION_ORDER} per vehicle; the caps still hold if called out of order (a sent offer
     * counts against candidates up to one window before and after it).
     *
     * @param memory  the vehicle's memory, {@code null} if none yet
     * @param consent the vehicle's consent changes known when deciding, {@code null} = none
     * @return the next memory (the same instance when suppressed) and the decision
     */
    public Decided decide(OfferMemory memory, OfferCandidate candidate, ConsentHistory consent) {
        OfferMemory m = memory != null ? memory : OfferMemory.empty(candidate.vin());
        ConsentHistory history = consent != null ? consent : ConsentHistory.none();
        Instant at = candidate.triggeredAt();

        Optional<MarketingConsent> inForce = history.consentAt(at);
        if (inForce.isEmpty() || !inForce.get().granted()) {
            return suppressed(m, candidate, SuppressionReason.NO_CONSENT);
        }
        if (rules.quietHours().contains(at)) {
            return suppressed(m, candidate, SuppressionReason.QUIET_HOURS);
        }
        FrequencyCaps caps = rules.caps();
        if (countNear(m.sent(), null, at, caps.perVehicleWindow()) >= caps.perVehicle()) {
            return suppressed(m, candidate, SuppressionReason.VEHICLE_CAP);
        }
        if (countNear(m.sent(), candidate.campaignId(), at, caps.perCampaignWindow()) >= caps.perCampaign()) {
            return suppressed(m, candidate, SuppressionReason.CAMPAIGN_CAP);
        }
        Offer offer = Offer.from(candidate, inForce.get().subscriberId(), rules.validity(candidate.kind()));
        return new Decided(m.withSent(remember(m.sent(), new SentOffer(candidate.campaignId(), at))),
                new OfferDecision.Sent(candidate, offer));
    }

    private Optional<OfferCandidate> fuelCandidate(Telemetry t, double fuelPct, PoiIndex pois) {
        VehicleSignals s = t.signals();
        OfferRules.FuelCampaign fuel = rules.fuel();
        if (!hasPosition(s) || s.headingDeg() == null || !Double.isFinite(s.headingDeg())
                || s.speedKmh() == null || !(s.speedKmh() > fuel.minSpeedKmh())) {
            return Optional.empty(); // parked or no direction: "ahead" means nothing
        }
        List<PoiMatch> ahead = pois.ahead(s.latitude(), s.longitude(), s.headingDeg(), fuel.stationRadiusKm(),
                fuel.aheadMaxAngleDeg(), PARTNER_FUEL_STATIONS.openAt(t.eventTime()));
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        PoiMatch nearest = ahead.get(0);
        return Optional.of(candidate(t, OfferKind.FUEL, fuel.id(), nearest, null,
                OfferMessages.fuel(fuelPct, nearest.poi(), nearest.distanceKm())));
    }

    /** The most urgent lead not yet offered that has a partner workshop nearby able to take the vehicle. */
    private Optional<OfferCandidate> serviceCandidate(Telemetry t, List<String> offeredLeads, List<OpenLead> openLeads,
            PoiIndex pois) {
        VehicleSignals s = t.signals();
        if (openLeads == null || openLeads.isEmpty() || !hasPosition(s)) {
            return Optional.empty();
        }
        Instant now = t.eventTime();
        List<OpenLead> leads = new ArrayList<>(openLeads);
        leads.sort(LEAD_ORDER);
        for (OpenLead lead : leads) {
            if (lead.suggestedService().isEmpty() || lead.openedAt().isAfter(now)
                    || offeredLeads.contains(lead.leadId())) {
                continue;
            }
            List<PoiMatch> nearby = pois.within(s.latitude(), s.longitude(), rules.service().workshopRadiusKm(),
                    PARTNER_WORKSHOPS.withServices(lead.suggestedService()).openAt(now));
            for (PoiMatch match : nearby) {
                if (availability.canTake(match.poi(), lead.suggestedService(), now)) {
                    return Optional.of(candidate(t, OfferKind.SERVICE, rules.service().id(), match, lead.leadId(),
                            OfferMessages.service(lead, match.poi(), match.distanceKm())));
                }
            }
        }
        return Optional.empty();
    }

    private static OfferCandidate candidate(Telemetry t, OfferKind kind, String campaignId, PoiMatch match,
            String leadId, String message) {
        VehicleSignals s = t.signals();
        return new OfferCandidate(t.vin(), t.seq(), kind, campaignId, t.eventTime(), match.poi().id(),
                match.poi().name(), match.poi().brand(), match.distanceKm(), s.latitude(), s.longitude(), leadId,
                message);
    }

    private static boolean hasPosition(VehicleSignals s) {
        return s.latitude() != null && s.longitude() != null
                && s.latitude() >= -90 && s.latitude() <= 90 && s.longitude() >= -180 && s.longitude() <= 180;
    }

    private static boolean isNewer(OfferMemory m, Telemetry t) {
        if (m.newestEventTime() == null) {
            return true;
        }
        int byTime = t.eventTime().compareTo(m.newestEventTime());
        return byTime > 0 || (byTime == 0 && t.seq() > m.newestSeq());
    }

    /** Sent offers (of one campaign, or all for {@code null}) less than one window before or after {@code at}. */
    private static int countNear(List<SentOffer> sent, String campaignId, Instant at, Duration window) {
        Instant after = at.minus(window);
        Instant before = at.plus(window);
        int n = 0;
        for (SentOffer s : sent) {
            if ((campaignId == null || campaignId.equals(s.campaignId()))
                    && s.createdAt().isAfter(after) && s.createdAt().isBefore(before)) {
                n++;
            }
        }
        return n;
    }

    /** Adds a sent offer, forgetting those that no cap window can reach any more, and the oldest beyond the bound. */
    private List<SentOffer> remember(List<SentOffer> sent, SentOffer added) {
        Instant newest = added.createdAt();
        for (SentOffer s : sent) {
            if (s.createdAt().isAfter(newest)) {
                newest = s.createdAt();
            }
        }
        Instant forgetUpTo = newest.minus(rules.caps().longestWindow());
        List<SentOffer> next = new ArrayList<>(sent.size() + 1);
        for (SentOffer s : sent) {
            if (s.createdAt().isAfter(forgetUpTo)) {
                next.add(s);
            }
        }
        next.add(added);
        next.sort(Comparator.comparing(SentOffer::createdAt));
        while (next.size() > OfferMemory.MAX_SENT) {
            next.remove(0);
        }
        return next;
    }

    private static Decided suppressed(OfferMemory m, OfferCandidate c, SuppressionReason reason) {
        return new Decided(m, new OfferDecision.Suppressed(c, reason));
    }

    /**
     * @param memory     the vehicle's memory after the message
     * @param candidates what the rules found, fuel first; to be decided once the watermark passes them
     */
    public record Observed(OfferMemory memory, List<OfferCandidate> candidates) {

        public Observed {
            Objects.requireNonNull(memory, "memory");
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * @param memory   the vehicle's memory after the decision
     * @param decision the offer to send, or why not
     */
    public record Decided(OfferMemory memory, OfferDecision decision) {

        public Decided {
            Objects.requireNonNull(memory, "memory");
            Objects.requireNonNull(decision, "decision");
        }
    }
}
