package dev.pitwall.core.offer;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The parameters of the geo-targeted offers (docs/geo-offers.md): the two rules, each a campaign with a stable id,
 * the frequency caps and the quiet hours. {@link #DEFAULTS} is what Pitwall ships. Serializable because a stream
 * operator carries the rules to its tasks; they are configuration, never part of a vehicle's state, so a job
 * restored with other rules applies them to what its vehicles remember.
 *
 * @param fuel       low fuel and a partner fuel station ahead
 * @param service    an open service lead and a partner workshop nearby
 * @param caps       how many offers a vehicle may get, per vehicle and per campaign
 * @param quietHours when no offer is sent
 */
public record OfferRules(FuelCampaign fuel, ServiceCampaign service, FrequencyCaps caps, QuietHours quietHours)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Campaign ids: lower-case words joined by hyphens, as stored in {@code offer.campaign_id}. */
    public static final Pattern CAMPAIGN_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int CAMPAIGN_ID_MAX_LENGTH = 64;

    public static final OfferRules DEFAULTS = new OfferRules(FuelCampaign.DEFAULTS, ServiceCampaign.DEFAULTS,
            FrequencyCaps.DEFAULTS, QuietHours.DEFAULTS);

    /** @throws IllegalArgumentException naming the field and what was expected */
    public OfferRules {
        Objects.requireNonNull(fuel, "fuel");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(caps, "caps");
        Objects.requireNonNull(quietHours, "quietHours");
        if (fuel.id().equals(service.id())) {
            throw new IllegalArgumentException("service.id: expected an id other than fuel.id, got '"
                    + service.id() + "' for both");
        }
    }

    public OfferRules withFuel(FuelCampaign newFuel) {
        return new OfferRules(newFuel, service, caps, quietHours);
    }

    public OfferRules withService(ServiceCampaign newService) {
        return new OfferRules(fuel, newService, caps, quietHours);
    }

    public OfferRules withCaps(FrequencyCaps newCaps) {
        return new OfferRules(fuel, service, newCaps, quietHours);
    }

    public OfferRules withQuietHours(QuietHours newQuietHours) {
        return new OfferRules(fuel, service, caps, newQuietHours);
    }

    /** How long an offer of this campaign is valid; its {@code expiresAt} is its creation plus this. */
    public Duration validity(OfferKind kind) {
        return kind == OfferKind.FUEL ? fuel.validity() : service.validity();
    }

    /** The id of the campaign of this kind. */
    public String campaignId(OfferKind kind) {
        return kind == OfferKind.FUEL ? fuel.id() : service.id();
    }

    /**
     * Fuel offers: one per low-fuel episode. An episode begins with a message whose fuel level is below
     * {@code belowPct} and ends with one above {@code belowPct + hysteresisPct} (after refuelling), so a level
     * wobbling around the threshold is one episode. Within it, the first message of a moving vehicle (speed above
     * {@code minSpeedKmh}, heading and position known) with an open partner fuel station within
     * {@code stationRadiusKm} and ±{@code aheadMaxAngleDeg} of its heading makes the candidate.
     *
     * @param id               stable campaign id, e.g. {@code fuel-partner-ahead}
     * @param belowPct         fuel level (%) below which an episode begins, above 0 and below 100
     * @param hysteresisPct    how far above {@code belowPct} the level must rise to end the episode, 0 or more
     * @param stationRadiusKm  how far ahead a station may be, above 0
     * @param aheadMaxAngleDeg half-angle of the cone around the heading that counts as ahead, 0..180
     * @param minSpeedKmh      speed above which the vehicle counts as moving (the heading means something), 0 or more
     * @param validity         how long the offer is valid after it was created
     */
    public record FuelCampaign(String id, double belowPct, double hysteresisPct, double stationRadiusKm,
            double aheadMaxAngleDeg, double minSpeedKmh, Duration validity) implements Serializable {

        private static final long serialVersionUID = 1L;

        public static final FuelCampaign DEFAULTS =
                new FuelCampaign("fuel-partner-ahead", 20, 5, 10, 45, 5, Duration.ofHours(2));

        public FuelCampaign {
            requireCampaignId("fuel.id", id);
            if (!(belowPct > 0 && belowPct < 100)) {
                throw new IllegalArgumentException("fuel.belowPct: expected a level above 0 and below 100 %, got "
                        + belowPct);
            }
            if (!(hysteresisPct >= 0 && belowPct + hysteresisPct < 100)) {
                throw new IllegalArgumentException("fuel.hysteresisPct: expected 0 or more with belowPct + "
                        + "hysteresisPct below 100 % (belowPct is " + belowPct + "), got " + hysteresisPct);
            }
            requirePositiveKm("fuel.stationRadiusKm", stationRadiusKm);
            if (!(aheadMaxAngleDeg >= 0 && aheadMaxAngleDeg <= 180)) {
                throw new IllegalArgumentException("fuel.aheadMaxAngleDeg: expected 0..180 degrees, got "
                        + aheadMaxAngleDeg);
            }
            if (!(minSpeedKmh >= 0 && Double.isFinite(minSpeedKmh))) {
                throw new IllegalArgumentException("fuel.minSpeedKmh: expected a speed of 0 km/h or more, got "
                        + minSpeedKmh);
            }
            requirePositive("fuel.validity", validity);
        }

        public FuelCampaign withBelowPct(double newBelowPct, double newHysteresisPct) {
            return new FuelCampaign(id, newBelowPct, newHysteresisPct, stationRadiusKm, aheadMaxAngleDeg, minSpeedKmh,
                    validity);
        }

        public FuelCampaign withStationRadiusKm(double km) {
            return new FuelCampaign(id, belowPct, hysteresisPct, km, aheadMaxAngleDeg, minSpeedKmh, validity);
        }

        /** The level above which an episode ends. */
        public double endsAbovePct() {
            return belowPct + hysteresisPct;
        }
    }

    /**
     * Service offers: one per open lead. The first message with a position at which a partner workshop or dealer
     * within {@code workshopRadiusKm} offers the lead's suggested service and can take the vehicle (see
     * {@link WorkshopAvailability}; until bookings exist: open now and for at least {@code minOpenAhead}) makes the
     * candidate, for the most urgent such lead; at most one per message.
     *
     * @param id               stable campaign id, e.g. {@code service-workshop-nearby}
     * @param workshopRadiusKm how far the workshop may be, above 0
     * @param minOpenAhead     how long the workshop must stay open after the vehicle passes, 0 or more
     * @param validity         how long the offer is valid after it was created
     */
    public record ServiceCampaign(String id, double workshopRadiusKm, Duration minOpenAhead, Duration validity)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public static final ServiceCampaign DEFAULTS = new ServiceCampaign("service-workshop-nearby", 3,
                Duration.ofMinutes(60), Duration.ofHours(12));

        public ServiceCampaign {
            requireCampaignId("service.id", id);
            requirePositiveKm("service.workshopRadiusKm", workshopRadiusKm);
            Objects.requireNonNull(minOpenAhead, "service.minOpenAhead");
            if (minOpenAhead.isNegative() || minOpenAhead.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("service.minOpenAhead: expected a duration from 0 to 24 h, got "
                        + minOpenAhead);
            }
            requirePositive("service.validity", validity);
        }

        public ServiceCampaign withWorkshopRadiusKm(double km) {
            return new ServiceCampaign(id, km, minOpenAhead, validity);
        }

        public ServiceCampaign withMinOpenAhead(Duration newMinOpenAhead) {
            return new ServiceCampaign(id, workshopRadiusKm, newMinOpenAhead, validity);
        }
    }

    static void requireCampaignId(String name, String id) {
        if (id == null || id.length() > CAMPAIGN_ID_MAX_LENGTH || !CAMPAIGN_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(name + ": expected up to " + CAMPAIGN_ID_MAX_LENGTH
                    + " lower-case letters and digits in words joined by '-', e.g. 'fuel-partner-ahead', got '"
                    + id + "'");
        }
    }

    static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": expected a positive duration, got " + value);
        }
    }

    private static void requirePositiveKm(String name, double km) {
        if (!(km > 0 && Double.isFinite(km))) {
            throw new IllegalArgumentException(name + ": expected a distance above 0 km, got " + km);
        }
    }
}
