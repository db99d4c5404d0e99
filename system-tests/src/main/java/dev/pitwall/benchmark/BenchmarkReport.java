package dev.pitwall.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Turns step results into the Markdown table and the chart that docs/benchmarks.md shows. */
final class BenchmarkReport {

    private final List<StepResult> results;
    private final Duration step;
    private final Duration sampleInterval;
    private final String broker;

    BenchmarkReport(List<StepResult> results, Duration step, Duration sampleInterval, String broker) {
        this.results = List.copyOf(results);
        this.step = step;
        this.sampleInterval = sampleInterval;
        this.broker = broker;
    }

    String markdownTable() {
        StringBuilder md = new StringBuilder();
        md.append("| offered msg/s | published | stored | sustained msg/s | p50 latency | p99 latency | max latency "
                + "| p50 / p99 to Kafka | CPU (of all cores) | peak RSS | kept up |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
        for (StepResult r : results) {
            md.append(String.format(Locale.ROOT, "| %,.0f | %,d | %,d | %,.0f | %,.0f ms | %,.0f ms | %,.0f ms | %,.0f / %,.0f ms | %.0f %% "
                            + "| %,.0f MB | %s |%n", r.offeredRate(), r.published(), r.stored(), r.sustainedRate(),
                    r.p50LatencyMs(), r.p99LatencyMs(), r.maxLatencyMs(), r.toKafkaP50Ms(), r.toKafkaP99Ms(), r.cpuPercent(), r.maxRssMb(),
                    r.keptUp() ? "yes" : "no"));
        }
        return md.toString();
    }

    void writeMarkdown(Path file) throws IOException {
        Files.writeString(file, "Broker: " + broker + ". Each step publishes for " + step.toSeconds() + " s; each vehicle sends every "
                + sampleInterval.toMillis() + " ms.\n\n" + markdownTable());
    }

    void writeChart(Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(500)
                .title("Pitwall end to end on one 2-core machine (" + broker + " broker)")
                .xAxisTitle("offered load (msg/s)").yAxisTitle("msg/s").build();
        chart.setYAxisGroupTitle(1, "p99 latency (ms)");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        double[] offered = results.stream().mapToDouble(StepResult::offeredRate).toArray();
        XYSeries ideal = chart.addSeries("offered", offered, offered);
        ideal.setMarker(SeriesMarkers.NONE);
        chart.addSeries("sustained end to end", offered, results.stream().mapToDouble(StepResult::sustainedRate).toArray());
        XYSeries p99 = chart.addSeries("p99 latency", offered, results.stream().mapToDouble(StepResult::p99LatencyMs).toArray());
        p99.setYAxisGroup(1);
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
