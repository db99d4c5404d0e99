package dev.pitwall.core.offer;

import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.lead.OpenLead;
import dev.pitwall.core.poi.OpeningHours;
import dev.pitwall.core.poi.OpeningInterval;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiIndex;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Vehicles, POIs, leads and consent for the offer tests, with only what a test cares about. */
final class OfferFixtures {

    static final String VIN = "1PWTST00000000001";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 3 November 2026, 10:00 in Berlin (CET): outside the default quiet hours, workshops open. */
    static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");
    /** Where the test vehicles drive: south-west Munich, a few km from any sample POI's cluster centre. */
    static final double LAT = 48.10;
    static final double LON = 11.50;
    /** One kilometre of latitude, in degrees. */
    static final double KM = 1 / 111.195;

    /** Granted long before any test's event times. */
    static final ConsentHistory GRANTED = ConsentHistory.of(
            List.of(new MarketingConsent(VIN, "sub-1", true, Instant.parse("2025-01-01T00:00:00Z"))));

    private OfferFixtures() {
    }

    static Instant at(Duration offset) {
        return T0.plus(offset);
    }

    static Duration min(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    /** A moving vehicle at (lat, lon) heading {@code headingDeg} at 50 km/h with {@code fuelPct} in the tank. */
    static Telemetry driving(long seq, Instant at, double fuelPct, double lat, double lon, double headingDeg) {
        return new Telemetry(VIN, seq, at, VehicleSignals.builder().fuelLevelPct(fuelPct).latitude(lat).longitude(lon)
                .headingDeg(headingDeg).speedKmh(50.0).build());
    }

    static Telemetry signals(long seq, Instant at, VehicleSignals signals) {
        return new Telemetry(VIN, seq, at, signals);
    }

    static PoiIndex index(PointOfInterest... pois) {
        return PoiCatalog.of(List.of(pois)).index();
    }

    static PointOfInterest fuelStation(String id, double lat, double lon, boolean partner, OpeningHours hours) {
        return new PointOfInterest(id, PoiKind.FUEL_STATION, "Station " + id, "Nordstern", lat, lon, hours,
                Set.of("E10", "DIESEL"), partner);
    }

    static PointOfInterest workshop(String id, double lat, double lon, boolean partner, OpeningHours hours,
            String... services) {
        return new PointOfInterest(id, PoiKind.WORKSHOP, "Workshop " + id, "Meisterwerk", lat, lon, hours,
                Set.of(services), partner);
    }

    static OpeningHours alwaysOpen() {
        return OpeningHours.alwaysOpen(BERLIN);
    }

    /** The same intervals (e.g. "07:30-12:00", "13:00-18:00") on every day of the week, Berlin time. */
    static OpeningHours daily(String... intervals) {
        Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
        List<OpeningInterval> parsed = java.util.Arrays.stream(intervals).map(OpeningInterval::parse).toList();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, parsed);
        }
        return new OpeningHours(BERLIN, week);
    }

    static OpenLead lead(String id, String service, LeadPriority priority, Instant openedAt) {
        return new OpenLead(id, LeadReason.SERVICE_DUE, service, priority, service, openedAt);
    }

    static MarketingConsent consent(boolean granted, Instant changedAt) {
        return new MarketingConsent(VIN, "sub-1", granted, changedAt);
    }
}
