package dev.pitwall.benchmarks;

import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.lead.LeadMemory;
import dev.pitwall.core.lead.LeadRules;
import dev.pitwall.core.lead.LeadTracker;
import dev.pitwall.core.lead.OpenLead;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.offer.ConsentHistory;
import dev.pitwall.core.offer.OfferCandidate;
import dev.pitwall.core.offer.OfferKind;
import dev.pitwall.core.offer.OfferMemory;
import dev.pitwall.core.offer.OfferRules;
import dev.pitwall.core.offer.OfferTracker;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiIndex;
import dev.pitwall.core.profile.DrivingProfileMemory;
import dev.pitwall.core.profile.DrivingProfileRules;
import dev.pitwall.core.profile.DrivingProfileTracker;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecord;
import dev.pitwall.core.servicebook.ServiceSchedules;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the stream job's insight operators cost per message, on one thread (= one core): {@link LeadTracker},
 * {@link OfferTracker} and {@link DrivingProfileTracker}, called as {@code LeadAndOfferOperator} and
 * {@code DrivingProfileOperator} call them, without Flink's state access, serializers and timers.
 *
 * <p>The input is an hour of 1,000 cars driving around Munich, one message every 10 s each, in event-time order,
 * generated from a fixed seed. Before it, each car's memories went through what keyed state would hold by then: a
 * first report up to 14 months ago (the basis of its service book), maybe a service visit, 29 days of two short
 * trips a day (a full 30-day profile window), its failure predictions (a model is loaded) and its marketing consent.
 * The memories of that moment are kept; when the hour is used up, they are put back and the hour is replayed, so
 * every message is newer than the vehicle's newest, as in the stream.
 *
 * <p>{@code java -jar benchmarks/target/pitwall-benchmarks.jar InsightTrackersCost}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InsightTrackersCost {

    static final int VEHICLES = 1_000;
    /** One hour at one message every 10 s. */
    static final int MESSAGES_PER_VEHICLE = 360;
    static final int MESSAGE_SECONDS = 10;
    /** A Tuesday, 13:00 in Munich: workshops are open, so service offers can be made. */
    static final Instant START = Instant.parse("2026-11-24T12:00:00Z");
    static final ZoneId MUNICH = ZoneId.of("Europe/Berlin");
    /** Days of driving before the measured hour: with it, the profiles' 30-day window is full. */
    static final int HISTORY_DAYS = 29;
    static final long SEED = 20261124L;

    private LeadTracker leads;
    private OfferTracker offers;
    private DrivingProfileTracker profiles;
    private PoiIndex pois;
    private Blackhole sink;

    /** The hour in event-time order: message {@code i} is vehicle {@code i % VEHICLES}'s ({@code i / VEHICLES})th. */
    private Telemetry[] messages;
    /** The open leads {@code allThree} passes with each message, for {@code offerTracker} on its own. */
    private List<OpenLead>[] openLeadsSeen;
    private List<FailurePrediction>[] predictions;
    private ConsentHistory[] consent;

    private LeadMemory[] leadMemory;
    private OfferMemory[] offerMemory;
    private DrivingProfileMemory[] profileMemory;
    private LeadMemory[] leadAtStart;
    private OfferMemory[] offerAtStart;
    private DrivingProfileMemory[] profileAtStart;
    private int next;

    private long leadEvents;
    private long candidates;
    private long fuelCandidates;
    private long profileRows;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void driveTheFleet(Blackhole blackhole) {
        sink = blackhole;
        pois = PoiCatalog.sample().index();
        leads = new LeadTracker(LeadRules.DEFAULTS, ServiceSchedules.builtIn(), DtcCatalog.load(), pois);
        offers = new OfferTracker(OfferRules.DEFAULTS);
        profiles = new DrivingProfileTracker(DrivingProfileRules.DEFAULTS);
        leadMemory = new LeadMemory[VEHICLES];
        offerMemory = new OfferMemory[VEHICLES];
        profileMemory = new DrivingProfileMemory[VEHICLES];
        predictions = new List[VEHICLES];
        consent = new ConsentHistory[VEHICLES];

        Random random = new Random(SEED);
        Car[] cars = new Car[VEHICLES];
        for (int v = 0; v < VEHICLES; v++) {
            cars[v] = new Car(v, random);
            predictions[v] = cars[v].predictions();
            consent[v] = random.nextDouble() < 0.6 ? ConsentHistory.of(List.of(new MarketingConsent(cars[v].vin,
                    "sub-" + v, true, START.minus(Duration.ofDays(500))))) : ConsentHistory.none();
            cars[v].history(this, v);
        }
        messages = new Telemetry[VEHICLES * MESSAGES_PER_VEHICLE];
        for (int k = 0; k < MESSAGES_PER_VEHICLE; k++) {
            for (int v = 0; v < VEHICLES; v++) {
                Instant at = START.plusSeconds((long) k * MESSAGE_SECONDS).plusMillis(v * 10L);
                messages[k * VEHICLES + v] = cars[v].drive(at, MESSAGE_SECONDS, cars[v].codes(k));
            }
        }
        for (int v = 0; v < VEHICLES; v++) {
            allOf(v, messages[v]);
        }
        leadAtStart = leadMemory.clone();
        offerAtStart = offerMemory.clone();
        profileAtStart = profileMemory.clone();

        // one pass over the hour: what the offer rules see with each message, and what the hour holds
        openLeadsSeen = new List[messages.length];
        List<OpenLead>[] previous = new List[VEHICLES];
        leadEvents = candidates = fuelCandidates = profileRows = 0;
        for (int i = VEHICLES; i < messages.length; i++) {
            int v = i % VEHICLES;
            List<OpenLead> open = allOf(v, messages[i]);
            openLeadsSeen[i] = open.equals(previous[v]) ? previous[v] : open;
            previous[v] = openLeadsSeen[i];
        }
        long withOpenLeads = Arrays.stream(leadMemory).filter(m -> !LeadTracker.openLeads(m).isEmpty()).count();
        long episodes = Arrays.stream(leadMemory).mapToLong(m -> m.episodes().size()).sum();
        System.out.printf(Locale.ROOT, "%nworkload per replayed hour (%,d messages): %,d lead events, %,d offer "
                        + "candidates (%,d fuel), %,d profile and daily rows; at its end %d of %d vehicles with an "
                        + "open lead, %d lead conditions holding (open or expired)%n",
                messages.length - VEHICLES, leadEvents, candidates, fuelCandidates, profileRows, withOpenLeads,
                VEHICLES, episodes);
        startOver();
    }

    /** Back to the memories as they were after the hour's first message, to replay the rest of it. */
    private void startOver() {
        System.arraycopy(leadAtStart, 0, leadMemory, 0, VEHICLES);
        System.arraycopy(offerAtStart, 0, offerMemory, 0, VEHICLES);
        System.arraycopy(profileAtStart, 0, profileMemory, 0, VEHICLES);
        next = VEHICLES;
    }

    private int nextMessage() {
        if (next == messages.length) {
            startOver();
        }
        return next++;
    }

    /** The service book, predictions and trouble codes of one message: new, escalated and resolved leads. */
    @Benchmark
    public LeadTracker.Outcome leadTracker() {
        int i = nextMessage();
        return lead(i % VEHICLES, messages[i]);
    }

    /** The offer rules on one message, with the open leads the lead tracker gave for it (candidates not decided). */
    @Benchmark
    public OfferTracker.Observed offerTracker() {
        int i = nextMessage();
        return observeOffers(i % VEHICLES, messages[i], openLeadsSeen[i]);
    }

    /** One message into the vehicle's usage and driving profile, and the operator's next timer. */
    @Benchmark
    public DrivingProfileTracker.Outcome drivingProfileTracker() {
        int i = nextMessage();
        return profile(i % VEHICLES, messages[i]);
    }

    /** What both operators do with one message, candidates decided at once (the operator waits for the watermark). */
    @Benchmark
    public List<OpenLead> allThree() {
        int i = nextMessage();
        return allOf(i % VEHICLES, messages[i]);
    }

    private List<OpenLead> allOf(int v, Telemetry t) {
        profile(v, t);
        LeadMemory before = leadMemory[v];
        LeadTracker.Outcome outcome = lead(v, t);
        if (outcome.memory() == before) {
            return List.of();
        }
        List<OpenLead> open = LeadTracker.openLeads(outcome.memory());
        OfferTracker.Observed observed = observeOffers(v, t, open);
        for (OfferCandidate candidate : observed.candidates()) {
            OfferTracker.Decided decided = offers.decide(offerMemory[v], candidate, consent[v]);
            offerMemory[v] = decided.memory();
            sink.consume(decided.decision());
            candidates++;
            fuelCandidates += candidate.kind() == OfferKind.FUEL ? 1 : 0;
        }
        return open;
    }

    private LeadTracker.Outcome lead(int v, Telemetry t) {
        LeadTracker.Outcome outcome = leads.onTelemetry(leadMemory[v], t, predictions[v]);
        leadMemory[v] = outcome.memory();
        leadEvents += outcome.events().size();
        return outcome;
    }

    private OfferTracker.Observed observeOffers(int v, Telemetry t, List<OpenLead> open) {
        OfferTracker.Observed observed = offers.onTelemetry(offerMemory[v], t, open, pois);
        offerMemory[v] = observed.memory();
        return observed;
    }

    private DrivingProfileTracker.Outcome profile(int v, Telemetry t) {
        DrivingProfileMemory before = profileMemory[v];
        DrivingProfileTracker.Outcome outcome = profiles.onTelemetry(before, t);
        if (outcome.memory() != before) {
            profileMemory[v] = outcome.memory();
            sink.consume(profiles.nextEmission(outcome.memory())); // where the operator puts its timer
            profileRows += outcome.profiles().size() + outcome.days().size();
        }
        return outcome;
    }

    /** One car: where it is, how it moves and what it reports, each message following on from the last. */
    private static final class Car {
        private static final String[] WMIS = {"WVW", "WBA", "WAU", "WDD", "TMB", "WF0", "W0L", "SB1", "VF1"};
        private static final String YEAR_CODES = "EFGHJKLMNPRS"; // model years 2014..2025
        private static final double SOUTH = 48.0;
        private static final double NORTH = 48.3;
        private static final double WEST = 11.3;
        private static final double EAST = 11.8;
        /** 7 l/100 km from a 50 l tank. */
        private static final double FUEL_PCT_PER_KM = 0.14;

        final String vin;
        private final Random random;
        private final int firstSeenDays;
        private final double kmPerDay;
        private final List<String> steadyCodes;
        private final String severeCode;
        private final int severeFrom;
        private final boolean intermittentCode;
        private double latitude;
        private double longitude;
        private double heading;
        private double speed;
        private final double cruise;
        private int stoppedFor;
        private double odometer;
        private double engineHours;
        private double fuel;
        private long seq;

        Car(int index, Random random) {
            this.random = random;
            vin = String.format(Locale.ROOT, "%sZZZ1KZ%cM%06d", WMIS[random.nextInt(WMIS.length)],
                    YEAR_CODES.charAt(random.nextInt(YEAR_CODES.length())), index);
            firstSeenDays = 30 + random.nextInt(400);
            kmPerDay = 20 + random.nextDouble() * 60;
            double roll = random.nextDouble();
            steadyCodes = roll < 0.05 ? List.of("P0420") : List.of(); // catalyst: medium, not severe
            severeCode = roll > 0.98 ? "P0301" : roll > 0.975 ? "P0217" : null; // misfire (high), overheating
            severeFrom = random.nextInt(MESSAGES_PER_VEHICLE / 2);
            intermittentCode = random.nextDouble() < 0.02;
            latitude = SOUTH + 0.02 + random.nextDouble() * (NORTH - SOUTH - 0.04);
            longitude = WEST + 0.02 + random.nextDouble() * (EAST - WEST - 0.04);
            heading = random.nextDouble() * 360;
            cruise = 30 + random.nextDouble() * 60;
            odometer = 2_000 + random.nextDouble() * 120_000;
            engineHours = odometer / 40;
            fuel = 25 + random.nextDouble() * 70;
        }

        /** The model's current predictions: every component, a few cars with one likely to fail. */
        List<FailurePrediction> predictions() {
            List<FailurePrediction> all = new ArrayList<>();
            Component failing = random.nextDouble() < 0.03
                    ? Component.values()[random.nextInt(Component.values().length)] : null;
            for (Component c : Component.values()) {
                double p = c == failing ? 0.55 + random.nextDouble() * 0.4 : random.nextDouble() * 0.25;
                all.add(new FailurePrediction(vin, 0, START, c, p, 30, 20 + random.nextDouble() * 300, "bench",
                        List.of()));
            }
            return List.copyOf(all);
        }

        /** The trouble codes of the hour's {@code k}th message ({@code k} < 0: before the hour). */
        List<String> codes(int k) {
            boolean severe = severeCode != null && k >= severeFrom;
            boolean intermittent = intermittentCode && k >= 0 && k % 90 < 18; // system voltage low, 3 min in 15
            if (!severe && !intermittent) {
                return steadyCodes;
            }
            List<String> codes = new ArrayList<>(steadyCodes);
            if (severe) {
                codes.add(severeCode);
            }
            if (intermittent) {
                codes.add("P0562");
            }
            return List.copyOf(codes);
        }

        /**
         * Feeds the car's past to the trackers, as the stream would have: its first report, a service visit (for
         * six in ten cars) and 29 days of a morning and an evening trip, one message a minute.
         */
        void history(InsightTrackersCost bench, int v) {
            LocalDate today = START.atZone(MUNICH).toLocalDate();
            bench.allOf(v, parked(today.minusDays(firstSeenDays).atTime(9, 0).atZone(MUNICH).toInstant(), false));
            double odometerThen = odometer;
            double hoursThen = engineHours;
            odometer += kmPerDay * (firstSeenDays - HISTORY_DAYS);
            engineHours += kmPerDay / 40 * (firstSeenDays - HISTORY_DAYS);
            if (random.nextDouble() < 0.6) {
                int daysAgo = HISTORY_DAYS + 1 + random.nextInt(Math.max(1, firstSeenDays - HISTORY_DAYS - 1));
                double share = (double) (firstSeenDays - daysAgo) / (firstSeenDays - HISTORY_DAYS);
                Instant at = today.minusDays(daysAgo).atTime(10, 0).atZone(MUNICH).toInstant();
                for (ServiceItem item : List.of(ServiceItem.OIL_SERVICE, ServiceItem.ANNUAL_INSPECTION,
                        ServiceItem.BATTERY_CHECK, ServiceItem.CABIN_FILTER, ServiceItem.TIRE_ROTATION)) {
                    ServiceRecord record = new ServiceRecord(item, at, odometerThen + share * (odometer - odometerThen),
                            hoursThen + share * (engineHours - hoursThen));
                    bench.leadMemory[v] = bench.leads.onServiceRecord(bench.leadMemory[v], vin, record).memory();
                }
            }
            for (int d = HISTORY_DAYS; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                trip(bench, v, day.atTime(LocalTime.of(7, 0)).plusMinutes(random.nextInt(60)));
                trip(bench, v, day.atTime(LocalTime.of(17, 0)).plusMinutes(random.nextInt(90)));
            }
        }

        private void trip(InsightTrackersCost bench, int v, LocalDateTime start) {
            if (fuel < 15) {
                fuel = 80 + random.nextDouble() * 15; // refuelled since the last trip
            }
            Instant at = start.atZone(MUNICH).toInstant();
            bench.allOf(v, parked(at, true));
            speed = cruise / 2;
            for (int m = 1; m <= 8; m++) {
                bench.allOf(v, drive(at.plusSeconds(60L * m), 60, codes(-1)));
            }
            speed = 0;
            bench.allOf(v, parked(at.plusSeconds(60 * 9), false));
        }

        private Telemetry parked(Instant at, boolean engineOn) {
            speed = 0;
            return message(at, engineOn, codes(-1));
        }

        /** Drives on for {@code seconds} and reports. */
        Telemetry drive(Instant at, double seconds, List<String> codes) {
            double before = speed;
            if (stoppedFor > 0) {
                stoppedFor--;
                speed = 0;
            } else if (random.nextDouble() < 0.02) {
                stoppedFor = random.nextInt(5); // a light or a jam
                speed = 0;
            } else {
                speed = Math.max(0, Math.min(140, speed + (cruise - speed) * 0.3 + random.nextGaussian() * 5));
            }
            heading = (heading + random.nextGaussian() * 10 + 360) % 360;
            if (latitude < SOUTH + 0.02 || latitude > NORTH - 0.02 || longitude < WEST + 0.02
                    || longitude > EAST - 0.02) { // turn back towards the middle of the area
                heading = (Math.toDegrees(Math.atan2((WEST + EAST) / 2 - longitude, (SOUTH + NORTH) / 2 - latitude))
                        + 360) % 360;
            }
            double km = (before + speed) / 2 * seconds / 3600;
            latitude += km * Math.cos(Math.toRadians(heading)) / 111.2;
            longitude += km * Math.sin(Math.toRadians(heading)) / (111.2 * Math.cos(Math.toRadians(latitude)));
            odometer += km;
            engineHours += seconds / 3600;
            fuel = Math.max(0, fuel - km * FUEL_PCT_PER_KM);
            return message(at, true, codes);
        }

        private Telemetry message(Instant at, boolean engineOn, List<String> codes) {
            return new Telemetry(vin, ++seq, at, VehicleSignals.builder()
                    .odometerKm(round(odometer, 10)).speedKmh(round(speed, 10))
                    .latitude(round(latitude, 1e6)).longitude(round(longitude, 1e6)).headingDeg(round(heading, 10))
                    .fuelLevelPct(round(fuel, 10)).coolantTempC(engineOn ? 90.0 : 20.0)
                    .engineRpm(engineOn ? round(800 + speed * 25, 1) : 0.0).engineRunning(engineOn)
                    .engineHours(round(engineHours, 100)).batteryVoltage(engineOn ? 14.1 : 12.6).ambientTempC(6.5)
                    .tirePressureFrontLeftKpa(238.0).tirePressureFrontRightKpa(236.0)
                    .tirePressureRearLeftKpa(229.0).tirePressureRearRightKpa(231.0)
                    .crankingVoltage(10.6).brakePadWearFrontPct(64.0).brakePadWearRearPct(41.0)
                    .oilLifeRemainingPct(37.0).dtcs(codes)
                    .build());
        }

        private static double round(double value, double per) {
            return Math.round(value * per) / per;
        }
    }
}
