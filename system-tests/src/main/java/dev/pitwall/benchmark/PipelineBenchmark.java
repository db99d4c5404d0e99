package dev.pitwall.benchmark;

import dev.pitwall.infra.Ports;
import dev.pitwall.localstack.LocalStack;
import dev.pitwall.localstack.LocalStackConfig;
import dev.pitwall.simulator.FleetSimulator;
import dev.pitwall.simulator.SimulationReport;
import dev.pitwall.simulator.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The load benchmark: the whole platform in this process (as the local stack runs it), driven by the simulator
 * at rising rates. For each rate it reports sustained end-to-end msg/s, publish-to-committed-row latency
 * (p50/p99), CPU and RSS, as a Markdown table and a chart. A benchmark reports numbers; it never fails a build.
 */
@Command(name = "pipeline-benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Drives the full pipeline at rising rates and reports throughput, latency, CPU and RSS.")
public final class PipelineBenchmark implements Callable<Integer> {

    @Option(names = "--rates", split = ",", description = "Offered rates in msg/s (default: ${DEFAULT-VALUE}).")
    List<Integer> rates = List.of(1_000, 2_500, 5_000, 7_500, 10_000);

    @Option(names = "--step", description = "Publishing time per rate, e.g. PT30S (default: ${DEFAULT-VALUE}).")
    Duration step = Duration.ofSeconds(30);

    @Option(names = "--sample-interval", description = "Each vehicle's message interval; vehicles = rate x interval "
            + "(default: ${DEFAULT-VALUE}).")
    Duration sampleInterval = Duration.ofSeconds(1);

    @Option(names = "--out", description = "Directory for benchmark.md and benchmark.png (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "benchmark");

    @Option(names = "--broker", description = "embedded (HiveMQ CE in the platform's JVM, as the local stack runs) "
            + "or mosquitto (a private Mosquitto process, as docker-compose runs) (default: ${DEFAULT-VALUE}).")
    String broker = "embedded";

    @Option(names = "--catch-up-timeout", description = "How long to wait for the pipeline to store a step's "
            + "backlog (default: ${DEFAULT-VALUE}).")
    Duration catchUpTimeout = Duration.ofMinutes(3);

    public static void main(String[] args) {
        System.setProperty("logback.configurationFile", "logback-local-stack.xml");
        System.exit(new CommandLine(new PipelineBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        Path dataDir = Files.createTempDirectory("pitwall-benchmark");
        List<StepResult> results = new ArrayList<>();
        MosquittoProcess mosquitto = switch (broker) {
            case "embedded" -> null;
            case "mosquitto" -> MosquittoProcess.start();
            default -> throw new CommandLine.ParameterException(new CommandLine(this),
                    "--broker: expected embedded or mosquitto, got " + broker);
        };
        try (LocalStack stack = LocalStack.start(new LocalStackConfig(dataDir, Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), 0, 1, 0, false,
                mosquitto == null ? null : mosquitto.serverUri(), List.of(),
                LocalStackConfig.DEFAULT_SAMPLE_INTERVAL, null));
                KafkaArrivalProbe probe = new KafkaArrivalProbe(stack.kafkaBootstrap())) {
            for (int i = 0; i < rates.size(); i++) {
                int rate = rates.get(i);
                progress("step %d/%d: %,d msg/s for %d s", i + 1, rates.size(), rate, step.toSeconds());
                StepResult result = runStep(stack, probe, rate, 1_000 + i);
                results.add(result);
                progress("  -> sustained %,.0f msg/s, p50 %,.0f ms, p99 %,.0f ms (to Kafka: p50 %,.0f ms, p99 %,.0f ms), "
                                + "CPU %.0f%%, RSS %,.0f MB%s",
                        result.sustainedRate(), result.p50LatencyMs(), result.p99LatencyMs(), result.toKafkaP50Ms(),
                        result.toKafkaP99Ms(), result.cpuPercent(),
                        result.maxRssMb(), result.keptUp() ? "" : "  (did not keep up)");
            }
        } finally {
            if (mosquitto != null) {
                mosquitto.close();
            }
        }
        BenchmarkReport report = new BenchmarkReport(results, step, sampleInterval, broker);
        report.writeMarkdown(out.resolve("benchmark.md"));
        report.writeChart(out.resolve("benchmark.png"));
        System.out.println(report.markdownTable());
        progress("wrote %s and %s", out.resolve("benchmark.md"), out.resolve("benchmark.png"));
        return 0;
    }

    private StepResult runStep(LocalStack stack, KafkaArrivalProbe probe, int rate, long seed) throws Exception {
        int vehicles = (int) Math.max(1, Math.round(rate * sampleInterval.toMillis() / 1000.0));
        SimulatorConfig config = SimulatorConfig.builder()
                .brokerUri(stack.mqttUri())
                .vehicles(vehicles)
                .seed(seed) // a new fleet per step, so that each step's rows are its own
                .sampleInterval(sampleInterval)
                .timeScale(1) // event time = publish time, so commit - event time is end-to-end latency
                .duration(step)
                .progressInterval(Duration.ofSeconds(10))
                .build();
        SimulationReport report;
        double cpu;
        double rss;
        FleetSimulator simulator = new FleetSimulator(config);
        probe.track(java.util.Set.copyOf(simulator.vins()));
        try (ResourceSampler sampler = new ResourceSampler()) {
            report = simulator.run();
            cpu = sampler.cpuPercent();
            rss = sampler.maxRssMb();
        }
        List<String> vins = report.manifest().vins();
        long published = report.manifest().validCount();
        awaitStored(stack.jdbcUrl(), vins, published);
        Map<String, Double> toKafka = probe.takePercentiles();
        return measure(stack.jdbcUrl(), vins, rate, published, toKafka.get("p50"), toKafka.get("p99"), cpu, rss);
    }

    /** Waits until every published message of the step is stored, or the pipeline stops making progress. */
    private void awaitStored(String jdbcUrl, List<String> vins, long published) throws Exception {
        long last = -1;
        Instant lastProgress = Instant.now();
        while (true) {
            long stored = storedRows(jdbcUrl, vins);
            if (stored >= published) {
                return;
            }
            if (stored != last) {
                last = stored;
                lastProgress = Instant.now();
                progress("  stored %,d of %,d", stored, published);
            } else if (Duration.between(lastProgress, Instant.now()).compareTo(catchUpTimeout) > 0) {
                progress("  no progress for %s: %,d of %,d stored", catchUpTimeout, stored, published);
                return;
            }
            Thread.sleep(1_000); // polling interval of a progress display, not a synchronisation point
        }
    }

    private static long storedRows(String jdbcUrl, List<String> vins) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM telemetry WHERE vin = ANY(?)")) {
            s.setArray(1, c.createArrayOf("text", vins.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static StepResult measure(String jdbcUrl, List<String> vins, int rate, long published,
            double toKafkaP50, double toKafkaP99, double cpu, double rss) throws SQLException {
        String sql = """
                SELECT count(*),
                       extract(epoch FROM max(ingested_at) - min(ingested_at)),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ingested_at - event_time)),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM ingested_at - event_time)),
                       max(extract(epoch FROM ingested_at - event_time))
                FROM telemetry WHERE vin = ANY(?)""";
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", vins.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long stored = rs.getLong(1);
                double span = rs.getDouble(2);
                return new StepResult(rate, published, stored, span > 0 ? stored / span : 0,
                        rs.getDouble(3) * 1000, rs.getDouble(4) * 1000, rs.getDouble(5) * 1000, toKafkaP50, toKafkaP99,
                        cpu, rss);
            }
        }
    }

    private static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[benchmark %s] %s%n", Instant.now().toString().substring(11, 19),
                String.format(Locale.ROOT, format, args));
    }
}
