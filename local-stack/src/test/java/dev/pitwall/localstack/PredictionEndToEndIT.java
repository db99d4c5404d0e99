package dev.pitwall.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.pitwall.api.security.Role;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.infra.Ports;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.model.ModelBundle;
import dev.pitwall.prediction.training.FailureModelTrainer;
import dev.pitwall.prediction.training.HistoryDirectory;
import dev.pitwall.prediction.training.Progress;
import dev.pitwall.prediction.training.SnapshotDataset;
import dev.pitwall.prediction.training.SnapshotSchedule;
import dev.pitwall.prediction.training.TrainingConfig;
import dev.pitwall.simulator.SimulatorConfig;
import dev.pitwall.simulator.history.FleetHistory;
import dev.pitwall.simulator.history.HistoryConfig;
import dev.pitwall.simulator.vehicle.ScriptedFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 3's acceptance in the local stack: a model trained on a simulated fleet history is dropped into the
 * running platform, a scripted vehicle's battery degrades towards a failure at a known simulated time, and its
 * battery failure probability, read through the API, rises before the failure happens.
 */
class PredictionEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FAILS_AFTER = Duration.ofDays(20);
    /** 20 simulated days in about 90 s. */
    private static final double TIME_SCALE = 20_000;
    /**
     * A fixed simulated start, in winter, when weak batteries show in cold starts: weather, time of day and trip
     * timing follow the simulated clock, so starting at "now" made the battery's readings, and the predicted
     * risk in the last days, differ from run to run (from 0.05 to 0.10; a start in early November gave 0.04).
     */
    private static final Instant SIMULATION_START = Instant.parse("2026-01-05T06:00:00Z");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private String stackUrl;

    @Test
    void degradingBatteryShowsRisingFailureRiskThroughTheApiBeforeItFails() throws Exception {
        Path modelDir = dir.resolve("stack").resolve("models");
        Files.createDirectories(modelDir);
        trainModel(dir.resolve("history")).save(modelDir.resolve("pitwall-model-e2e.zip"));

        var config = new LocalStackConfig(dir.resolve("stack"), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), 2, TIME_SCALE, 7, true, null,
                List.of(new ScriptedFailure(0, Component.BATTERY, FAILS_AFTER)), Duration.ofMinutes(15),
                SIMULATION_START);
        try (LocalStack stack = LocalStack.start(config)) {
            stackUrl = stack.apiUrl();
            String token = stack.token(Role.OPERATOR, Duration.ofMinutes(30));
            String vin = vinOfVehicle(config.groundTruthDir(), 0);
            Instant failure = awaitBatteryFailure(config.groundTruthDir(), vin, Duration.ofMinutes(8));
            Instant start = failure.minus(FAILS_AFTER);

            // the job may still be working through the messages just before the failure
            JsonNode trend = awaitTrendUpTo(token, vin, start, failure, Duration.ofMinutes(3));
            List<double[]> points = new ArrayList<>(); // {days before failure, probability, expected RUL days}
            for (JsonNode p : trend) {
                Instant at = Instant.parse(p.get("eventTime").asString());
                points.add(new double[] {Duration.between(at, failure).toMinutes() / 1440.0,
                        p.get("probability").asDouble(), p.get("expectedRulDays").asDouble()});
            }
            double early = max(points, 15, 21, 1);
            double late = max(points, 0, 4, 1);
            // the 14-day failure probability of a battery stays low in absolute terms (the model saw few battery
            // failures); what must show is the rise from nothing to several percent as the failure approaches
            assertThat(late).as("battery failure probability in the last 4 days vs. 15-20 days before the failure: "
                    + trend).isGreaterThanOrEqualTo(0.02).isGreaterThan(early + 0.02);
            assertThat(-max(points, 0, 4, -2)).as("expected days left, last 4 days").isLessThan(25);
            assertThat(-max(points, 15, 21, -2)).as("expected days left, 15-20 days before").isGreaterThan(45);
        }
    }

    /** The largest {@code sign}-weighted value of a column ({@code |sign|}) among points {@code from..to} days ahead. */
    private static double max(List<double[]> points, double fromDays, double toDays, int signedColumn) {
        int column = Math.abs(signedColumn);
        double sign = Math.signum(signedColumn);
        return points.stream().filter(p -> p[0] >= fromDays && p[0] < toDays).mapToDouble(p -> sign * p[column])
                .max().orElseThrow(() -> new AssertionError("no prediction " + fromDays + " to " + toDays
                        + " days before the failure"));
    }

    /** A small fleet's history with faster wear (more failures to learn from), trained with fewer trees. */
    private static ModelBundle trainModel(Path history) {
        SimulatorConfig fleet = SimulatorConfig.builder().vehicles(80).seed(5).wearFactor(3)
                .sampleInterval(Duration.ofMinutes(15)).build();
        new FleetHistory(new HistoryConfig(fleet, 240, Duration.ofHours(1), history, 2), System.err).run();
        TrainingConfig training = TrainingConfig.defaults().withTrees(80);
        SnapshotDataset data = SnapshotDataset.build(HistoryDirectory.open(history), FeatureConfig.defaults(),
                SnapshotSchedule.DAILY, training.labelPolicy(), Progress.SILENT);
        ModelBundle bundle = new FailureModelTrainer(training, Progress.SILENT, Clock.systemUTC()).train(data,
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("source", "PredictionEndToEndIT: 80 vehicles x 240 days, seed 5, wear x3"));
        assumeThat(bundle.components()).as("the training fleet had battery failures to learn from")
                .containsKey(Component.BATTERY);
        return bundle;
    }

    private static String vinOfVehicle(Path groundTruth, int index) throws Exception {
        Path fleet = groundTruth.resolve("fleet.csv");
        awaitTrue(Duration.ofMinutes(2), () -> Files.exists(fleet));
        for (String line : Files.readAllLines(fleet).subList(1, Files.readAllLines(fleet).size())) {
            // vin is the first column and vehicle_index the second to last; the quoted region holds commas
            String[] columns = line.split(",");
            if (Integer.parseInt(columns[columns.length - 2]) == index) {
                return columns[0];
            }
        }
        throw new AssertionError("vehicle " + index + " not in " + fleet);
    }

    private static Instant awaitBatteryFailure(Path groundTruth, String vin, Duration timeout) throws Exception {
        Path file = groundTruth.resolve("ground-truth.csv");
        Instant[] failure = new Instant[1];
        awaitTrue(timeout, () -> {
            failure[0] = batteryFailure(file, vin).orElse(null);
            return failure[0] != null;
        });
        return failure[0];
    }

    private static Optional<Instant> batteryFailure(Path file, String vin) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file).stream().map(l -> l.split(","))
                    .filter(c -> c[0].equals(vin) && c[2].equals("BATTERY") && c[3].equals("FAILURE"))
                    .map(c -> Instant.parse(c[4])).findFirst();
        } catch (IOException e) {
            return Optional.empty(); // being written: look again
        }
    }

    private JsonNode awaitTrendUpTo(String token, String vin, Instant from, Instant failure, Duration timeout)
            throws Exception {
        String path = "/api/v1/vehicles/" + vin + "/predictions?from=" + from.minus(Duration.ofDays(1)) + "&to="
                + failure + "&limit=1000";
        JsonNode[] battery = new JsonNode[1];
        awaitTrue(timeout, () -> {
            JsonNode trend = batteryTrend(get(path, token));
            battery[0] = trend;
            return trend != null && trend.size() > 0 && Duration.between(Instant.parse(
                    trend.get(trend.size() - 1).get("eventTime").asString()), failure).toHours() < 24;
        });
        return battery[0];
    }

    private static JsonNode batteryTrend(JsonNode predictions) {
        if (predictions == null) {
            return null;
        }
        for (JsonNode component : predictions.get("components")) {
            if (component.get("component").asString().equals("BATTERY")) {
                return component.get("trend");
            }
        }
        return null;
    }

    private JsonNode get(String path, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stackUrl + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Polls a condition until it holds or the deadline passes; the deadline only bounds a hung run. */
    private static void awaitTrue(Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + timeout).isLessThan(deadline);
            Thread.sleep(500); // polling interval between checks, not a synchronisation point
        }
    }
}
