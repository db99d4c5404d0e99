package dev.pitwall.simulator.scenario;

import dev.pitwall.core.poi.GeoMath;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Plays one vehicle's script and records its messages. Plain arithmetic on the vehicle's own clock, no randomness:
 * the same script always gives the same messages.
 *
 * <p>When a step reports: a message every report interval counted from the step's start, and one at its end (so the
 * state at the end of every drive and park is reported); none during a silence. The vehicle's first message is at
 * its start, and after a silence it reports as soon as the next step that takes time starts.
 */
final class VehicleRun {

    /** Engine speed model for a running engine: idle plus a little per km/h, enough for plausible readings. */
    private static final double IDLE_RPM = 800;
    private static final double RPM_PER_KMH = 20;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final String source;
    private final VehicleScript script;
    private final Duration reportEvery;
    private final Duration parkedReportEvery;
    private final int messageLimit;
    private final List<Telemetry> messages = new ArrayList<>();

    private Instant clock;
    private long seq;
    private double odometerKm;
    private long engineMillis;
    private double fuelLitres;
    private double latitude;
    private double longitude;
    private double headingDeg;
    private double speedKmh;
    private boolean engineRunning;
    private List<String> dtcs;
    private Signals signals;
    private boolean reportAtNextStart = true;

    private VehicleRun(String source, VehicleScript script, Instant start, Duration reportEvery,
            Duration parkedReportEvery, int messageLimit) {
        this.source = source;
        this.script = script;
        this.reportEvery = reportEvery;
        this.parkedReportEvery = parkedReportEvery;
        this.messageLimit = messageLimit;
        this.clock = start;
        this.seq = script.firstSeq();
        this.odometerKm = script.odometerKm();
        this.fuelLitres = script.tankLitres() * script.fuelLevelPct() / 100;
        this.latitude = script.latitude();
        this.longitude = script.longitude();
        this.headingDeg = script.headingDeg();
        this.dtcs = script.dtcs();
        this.signals = script.signals();
    }

    /**
     * @throws InvalidScenarioException when the script cannot be played (the tank runs dry, too many messages),
     *     naming the step
     */
    static List<Telemetry> play(String source, VehicleScript script, Instant start, Duration reportEvery,
            Duration parkedReportEvery, int messageLimit) {
        VehicleRun run = new VehicleRun(source, script, start, reportEvery, parkedReportEvery, messageLimit);
        run.report(); // the state before the first step
        run.reportAtNextStart = false;
        run.playAll(script.steps());
        return List.copyOf(run.messages);
    }

    private void playAll(List<Step> steps) {
        for (Step step : steps) {
            if (step instanceof Step.Drive d) {
                drive(d);
            } else if (step instanceof Step.Park p) {
                standStill(p.duration(), p.reportEvery() != null ? p.reportEvery() : parkedReportEvery);
            } else if (step instanceof Step.Silence s) {
                silence(s);
            } else if (step instanceof Step.Refuel r) {
                fuelLitres = script.tankLitres() * r.toPct() / 100;
            } else if (step instanceof Step.SetDtcs d) {
                dtcs = d.dtcs();
            } else if (step instanceof Step.Set s) {
                signals = signals.overriddenBy(s.signals());
            } else if (step instanceof Step.Repeat r) {
                for (int i = 0; i < r.times(); i++) {
                    playAll(r.steps());
                }
            }
        }
    }

    private void drive(Step.Drive d) {
        Step.Position from = new Step.Position(latitude, longitude);
        double startOdometer = odometerKm;
        long startEngine = engineMillis;
        double startFuel = fuelLitres;
        double consumption = d.consumptionLPer100Km() != null ? d.consumptionLPer100Km() : script.consumptionLPer100Km();

        double totalKm;
        long totalMillis;
        double heading = d.headingDeg() != null ? d.headingDeg() : headingDeg;
        if (d.to() != null) {
            totalKm = GeoMath.distanceKm(latitude, longitude, d.to().latitude(), d.to().longitude());
            totalMillis = wholeSeconds(totalKm / d.speedKmh());
        } else if (d.distanceKm() != null) {
            totalKm = d.distanceKm();
            totalMillis = wholeSeconds(totalKm / d.speedKmh());
        } else {
            totalMillis = d.duration().toMillis();
            totalKm = d.speedKmh() * totalMillis / MILLIS_PER_HOUR;
        }
        double fuelNeeded = totalKm * consumption / 100;
        if (fuelNeeded > startFuel + 1e-9) {
            throw new InvalidScenarioException(String.format(Locale.ROOT,
                    "%s: %s: vehicle %s runs out of fuel on this drive: it needs %.1f L for %.1f km at %.1f L/100 km"
                            + " but has %.1f L (%.1f %% of %.0f L); expected a refuel step before it",
                    source, d.at(), script.vin(), fuelNeeded, totalKm, consumption, startFuel,
                    100 * startFuel / script.tankLitres(), script.tankLitres()));
        }

        Instant start = clock;
        engineRunning = true;
        speedKmh = d.speedKmh();
        Duration interval = d.reportEvery() != null ? d.reportEvery() : reportEvery;
        forEachReport(totalMillis, interval, elapsed -> {
            double fraction = totalMillis == 0 ? 1 : (double) elapsed / totalMillis;
            double km = totalKm * fraction;
            clock = start.plusMillis(elapsed);
            odometerKm = startOdometer + km;
            engineMillis = startEngine + elapsed;
            fuelLitres = Math.max(0, startFuel - km * consumption / 100);
            Step.Position here;
            if (d.to() != null) {
                here = fraction >= 1 ? d.to() : Sphere.intermediate(from, d.to(), fraction);
                headingDeg = fraction >= 1 || GeoMath.distanceKm(here.latitude(), here.longitude(),
                        d.to().latitude(), d.to().longitude()) < 0.001
                        ? Sphere.finalBearingDeg(from, d.to())
                        : GeoMath.initialBearingDeg(here.latitude(), here.longitude(), d.to().latitude(), d.to().longitude());
            } else {
                here = Sphere.destination(from.latitude(), from.longitude(), heading, km);
                headingDeg = heading;
            }
            latitude = here.latitude();
            longitude = here.longitude();
        });
        if (d.to() != null && totalKm == 0) {
            headingDeg = heading; // already there: no direction of travel to report
        }
    }

    private void standStill(Duration duration, Duration interval) {
        Instant start = clock;
        engineRunning = false;
        speedKmh = 0;
        forEachReport(duration.toMillis(), interval, elapsed -> clock = start.plusMillis(elapsed));
    }

    private void silence(Step.Silence s) {
        engineRunning = false;
        speedKmh = 0;
        clock = clock.plus(s.duration());
        reportAtNextStart = true;
    }

    /** Moves the state to each report time of a step ({@code advance}) and reports there; see the class comment. */
    private void forEachReport(long totalMillis, Duration interval, LongConsumer advance) {
        if (reportAtNextStart) {
            advance.accept(0);
            report();
            reportAtNextStart = false;
        }
        long every = interval.toMillis();
        for (long elapsed = every; elapsed < totalMillis; elapsed += every) {
            advance.accept(elapsed);
            report();
        }
        if (totalMillis > 0) {
            advance.accept(totalMillis);
            report();
        }
    }

    private void report() {
        if (messages.size() >= messageLimit) {
            throw new InvalidScenarioException(source + ": vehicle " + script.vin() + " would send more than "
                    + messageLimit + " messages; expected a shorter scenario or longer report intervals");
        }
        messages.add(new Telemetry(script.vin(), seq++, clock, signals()));
    }

    private VehicleSignals signals() {
        Signals s = signals;
        Double engineHours = script.engineHours() == null ? null
                : round(script.engineHours() + engineMillis / MILLIS_PER_HOUR, 4);
        double battery = engineRunning
                ? orDefault(s.chargingVoltage(), VehicleScript.DEFAULT_CHARGING_VOLTAGE)
                : orDefault(s.batteryVoltage(), VehicleScript.DEFAULT_BATTERY_VOLTAGE);
        Double coolant = engineRunning
                ? Double.valueOf(orDefault(s.coolantTempC(), VehicleScript.DEFAULT_COOLANT_TEMP_C))
                : s.ambientTempC();
        double heading = round(headingDeg, 1);
        return VehicleSignals.builder()
                .odometerKm(round(odometerKm, 3))
                .speedKmh(round(speedKmh, 1))
                .latitude(round(latitude, 6))
                .longitude(round(longitude, 6))
                .headingDeg(heading >= 360 ? 0.0 : heading)
                .fuelLevelPct(Math.min(100, round(100 * fuelLitres / script.tankLitres(), 2)))
                .engineRunning(engineRunning)
                .engineRpm(engineRunning ? (double) Math.round(IDLE_RPM + RPM_PER_KMH * speedKmh) : 0.0)
                .engineHours(engineHours)
                .batteryVoltage(round(battery, 2))
                .coolantTempC(coolant)
                .ambientTempC(s.ambientTempC())
                .crankingVoltage(s.crankingVoltage())
                .oilLifeRemainingPct(s.oilLifeRemainingPct())
                .brakePadWearFrontPct(s.brakePadWearFrontPct())
                .brakePadWearRearPct(s.brakePadWearRearPct())
                .tirePressureFrontLeftKpa(s.tirePressureFrontLeftKpa())
                .tirePressureFrontRightKpa(s.tirePressureFrontRightKpa())
                .tirePressureRearLeftKpa(s.tirePressureRearLeftKpa())
                .tirePressureRearRightKpa(s.tirePressureRearRightKpa())
                .dtcs(dtcs)
                .build();
    }

    /** Hours as milliseconds rounded to whole seconds, so that event times stay readable. */
    private static long wholeSeconds(double hours) {
        return Math.round(hours * 3600) * 1000;
    }

    private static double orDefault(Double value, double fallback) {
        return value != null ? value : fallback;
    }

    /** Rounded to a fixed number of decimals: readable payloads that stay within the codec's fast path. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
