package dev.pitwall.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitwall.simulator.PahoTelemetryPublisher;
import dev.pitwall.simulator.PublishStats;
import dev.pitwall.simulator.scenario.Pace;
import dev.pitwall.simulator.scenario.Scenario;
import dev.pitwall.simulator.scenario.ScenarioFile;
import dev.pitwall.simulator.scenario.ScenarioPublisher;
import dev.pitwall.simulator.vehicle.FleetMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a development stack needs besides the simulated fleet so that leads and offers show within minutes: facts
 * that come from people and workshops, not from vehicles. All of it goes in through the API, as a CRM or a
 * workshop system would send it, and reaches the stream through the API's outbox:
 * <ul>
 * <li>every vehicle has a subscriber ({@code demo-subscriber-0000}, ...) with an active subscription, so that a
 *     subscriber token sees its vehicle; every fifth subscription ends within the renewal offers' 60 days;
 * <li>every other vehicle's subscriber consented to location-based marketing a day before the simulation began;
 * <li>every third vehicle had its annual inspection 350 days before the simulation began, 12,000 km ago, so that
 *     it falls due within its 30-day margin at once (a SERVICE_DUE lead per such vehicle), recorded as soon as the
 *     vehicle has reported (the API records services only for vehicles it knows);
 * <li>one extra vehicle, {@value #DEMO_VIN}, drives the scenario {@value #DEMO_SCENARIO} (low on fuel, heading for
 *     a partner station) from {@link #DEMO_DELAY} after the simulation start, at the fleet's time scale, with
 *     consent: a fuel offer unless that moment falls in the offers' quiet hours (21:00–08:00 in Munich).
 * </ul>
 * Only on a data directory's first start, so that restarts do not add records.
 */
final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    static final String DEMO_SCENARIO = "/scenarios/low-fuel-near-partner-station.json";
    static final String DEMO_VIN = "WVWZZZCDZNW000002";
    static final Duration DEMO_DELAY = Duration.ofMinutes(5);
    static final String DEMO_SUBSCRIBER = "demo-subscriber-fuel";
    /** The demo plans, with the monthly prices the local stack gives the API for renewal offers. */
    static final String BASIC = "basic-12";
    static final String COMFORT = "comfort-24";
    static final Map<String, String> PLAN_PRICES = Map.of(BASIC, "329.00", COMFORT, "549.00");

    private final String apiUrl;
    private final String operatorToken;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoData(String apiUrl, String operatorToken) {
        this.apiUrl = apiUrl;
        this.operatorToken = operatorToken;
    }

    /** How long the seeding waits for the fleet's vehicles to report for the first time. */
    static final Duration FIRST_REPORTS_WITHIN = Duration.ofMinutes(5);

    /**
     * Consents (at once: a consent may come before the car reports) and annual inspections for the fleet, through the
     * API, in the background: the API records a service only for a vehicle that has reported, so each vehicle's
     * record is retried until its first message has arrived.
     */
    Thread seedFleet(List<FleetMember> fleet, Instant simulationStart) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < fleet.size(); i++) {
            subscribe(subscriberOf(i), fleet.get(i).identity().vin(), i % 3 == 0 ? COMFORT : BASIC,
                    today.minusDays(30L + 7L * i),
                    i % 5 == 0 ? today.plusDays(12L + i / 5) : today.plusMonths(6).plusDays(i));
        }
        Instant consentedAt = earlier(Instant.now(), simulationStart).minus(Duration.ofDays(1));
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < fleet.size(); i++) {
            FleetMember member = fleet.get(i);
            String vin = member.identity().vin();
            if (i % 2 == 0) {
                putConsent(vin, subscriberOf(i), consentedAt);
            }
            if (i % 3 == 0) {
                double odometer = Math.max(0, member.traits().odometerKmAtStart() - 12_000);
                records.put(vin, String.format(Locale.ROOT,
                        "{\"items\": [\"ANNUAL_INSPECTION\"], \"performedAt\": \"%s\", \"odometerKm\": %.1f, "
                                + "\"workshop\": \"Pitwall demo data\"}",
                        simulationStart.minus(Duration.ofDays(350)), odometer));
            }
        }
        LOG.info("demo data: {} subscribers with a subscription each, {} consents; {} annual inspections due soon "
                + "follow as the vehicles report", fleet.size(), (fleet.size() + 1) / 2, records.size());
        Thread thread = new Thread(() -> recordWhenKnown(records), "pitwall-demo-service-records");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void recordWhenKnown(Map<String, String> records) {
        long deadline = System.nanoTime() + FIRST_REPORTS_WITHIN.toNanos();
        try {
            while (!records.isEmpty() && System.nanoTime() < deadline) {
                records.entrySet().removeIf(r -> send("POST", "/api/v1/vehicles/" + r.getKey() + "/service-records",
                        r.getValue(), true));
                if (!records.isEmpty()) {
                    Thread.sleep(2_000); // the next round of vehicles that have not reported yet
                }
            }
            if (records.isEmpty()) {
                LOG.info("demo data: every annual inspection recorded");
            } else {
                LOG.warn("demo data: {} vehicles did not report within {}; no inspection recorded for them",
                        records.size(), FIRST_REPORTS_WITHIN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("demo data: recording the inspections stopped: {}", e.toString());
        }
    }

    /** Consent for the demo vehicle, then its scenario in the background, shifted to start after the fleet. */
    Thread startDemoVehicle(String mqttUri, Instant simulationStart, double timeScale) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        subscribe(DEMO_SUBSCRIBER, DEMO_VIN, COMFORT, today.minusMonths(3), today.plusMonths(21));
        putConsent(DEMO_VIN, DEMO_SUBSCRIBER, earlier(Instant.now(), simulationStart).minus(Duration.ofDays(1)));
        Scenario scenario = shifted(DEMO_SCENARIO, simulationStart.plus(DEMO_DELAY));
        Thread thread = new Thread(() -> {
            PublishStats stats = new PublishStats();
            try (PahoTelemetryPublisher publisher = new PahoTelemetryPublisher(mqttUri, "pitwall-demo-vehicle", 16,
                    stats)) {
                publisher.connect();
                LOG.info("demo vehicle {}: publishing scenario {} from {} at {}x", DEMO_VIN, scenario.name(),
                        scenario.start(), timeScale);
                // at the fleet's pace from the simulation start, so its event times keep up with the fleet's
                ScenarioPublisher.Result result = new ScenarioPublisher(publisher, new Pace(timeScale))
                        .publish(scenario, stats, Duration.ofSeconds(30));
                LOG.info("demo vehicle {}: {}", DEMO_VIN, result.summary());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("demo vehicle {} stopped: {}", DEMO_VIN, e.toString());
            }
        }, "pitwall-demo-vehicle");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The scenario file with its start moved; the steps keep their durations. */
    static Scenario shifted(String resource, Instant start) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no scenario " + resource + " on the classpath");
            }
            ObjectNode tree = (ObjectNode) json.readTree(in);
            tree.put("start", start.toString());
            return ScenarioFile.parse(json.writeValueAsBytes(tree), resource + " (starting " + start + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A subscriber and their active subscription of {@code vin}, as a subscription system would register them. */
    private void subscribe(String subscriber, String vin, String plan, LocalDate startsOn, LocalDate endsOn) {
        send("POST", "/api/v1/subscribers", String.format(Locale.ROOT,
                "{\"subscriberId\": \"%s\", \"displayName\": \"Demo subscriber %s\", "
                        + "\"email\": \"%s@example.com\"}", subscriber, subscriber.substring(16), subscriber), false);
        send("POST", "/api/v1/subscriptions", String.format(Locale.ROOT,
                "{\"subscriberId\": \"%s\", \"vin\": \"%s\", \"plan\": \"%s\", \"startsOn\": \"%s\", "
                        + "\"endsOn\": \"%s\"}", subscriber, vin, plan, startsOn, endsOn), false);
    }

    private void putConsent(String vin, String subscriber, Instant changedAt) {
        send("PUT", "/api/v1/vehicles/" + vin + "/marketing-consent", String.format(Locale.ROOT,
                "{\"subscriberId\": \"%s\", \"granted\": true, \"changedAt\": \"%s\"}", subscriber, changedAt),
                false);
    }

    /**
     * @param unknownVehicleLater whether a 404 (the vehicle has not reported yet) means "try again later"
     * @return true once the API took it; false for a 404 to try again
     */
    private boolean send(String method, String path, String body, boolean unknownVehicleLater) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + path))
                .header("Authorization", "Bearer " + operatorToken)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 && unknownVehicleLater) {
                return false;
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** The demo subscriber of the fleet's {@code index}-th vehicle. */
    static String subscriberOf(int index) {
        return String.format(Locale.ROOT, "demo-subscriber-%04d", index);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
