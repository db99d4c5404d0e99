package dev.pitwall.prediction.evaluation;

import dev.pitwall.prediction.model.BinaryMetrics;
import dev.pitwall.prediction.model.ModelKind;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts, one PNG each with a panel per component: precision-recall curves and lead times. */
public final class ReportCharts {

    public static final String PR_CURVES = "prediction-pr-curves.png";
    public static final String LEAD_TIMES = "prediction-lead-times.png";
    static final String[] LEAD_BINS = {"missed", "0-3 d", "3-7 d", "7-14 d", "14-30 d", "> 30 d"};
    private static final int PANEL_WIDTH = 520;
    private static final int PANEL_HEIGHT = 380;

    private ReportCharts() {
    }

    /** Writes both charts into {@code dir} as {@link #PR_CURVES} and {@link #LEAD_TIMES}; returns their paths. */
    public static List<Path> write(Path dir, List<ComponentEvaluation> evaluations) throws IOException {
        return write(dir, "", evaluations);
    }

    /** The same, with {@code infix} in the names ({@code prediction-<infix>-pr-curves.png}) when it is not empty. */
    public static List<Path> write(Path dir, String infix, List<ComponentEvaluation> evaluations) throws IOException {
        System.setProperty("java.awt.headless", "true");
        String prefix = infix.isEmpty() ? "prediction-" : "prediction-" + infix + "-";
        Path pr = dir.resolve(prefix + PR_CURVES.substring("prediction-".length()));
        Path lead = dir.resolve(prefix + LEAD_TIMES.substring("prediction-".length()));
        List<XYChart> prCharts = new ArrayList<>();
        List<CategoryChart> leadCharts = new ArrayList<>();
        for (ComponentEvaluation e : evaluations) {
            prCharts.add(prChart(e));
            leadCharts.add(leadChart(e));
        }
        int cols = 3;
        int rows = (evaluations.size() + cols - 1) / cols;
        BitmapEncoder.saveBitmap(prCharts, rows, cols, pr.toString(), BitmapEncoder.BitmapFormat.PNG);
        BitmapEncoder.saveBitmap(leadCharts, rows, cols, lead.toString(), BitmapEncoder.BitmapFormat.PNG);
        return List.of(pr, lead);
    }

    private static XYChart prChart(ComponentEvaluation e) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(e.component() + " (failures: " + e.failures() + ")").xAxisTitle("recall").yAxisTitle("precision")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW).setMarkerSize(8);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        boolean any = false;
        for (ModelKind kind : ModelKind.values()) {
            ComponentEvaluation.KindResult r = e.results().get(kind);
            if (r == null || r.prCurve().isEmpty()) {
                continue;
            }
            String name = shortName(kind);
            if (kind != ModelKind.THRESHOLD_RULE) {
                double[] x = r.prCurve().stream().mapToDouble(BinaryMetrics.PrPoint::recall).toArray();
                double[] y = r.prCurve().stream().mapToDouble(BinaryMetrics.PrPoint::precision).toArray();
                XYSeries curve = chart.addSeries(name + String.format(" (AP %.2f)", r.averagePrecision()), x, y);
                curve.setMarker(SeriesMarkers.NONE);
                curve.setLineColor(color(kind));
                any = true;
            }
            double recall = r.atThreshold().recall();
            double precision = r.atThreshold().precision();
            if (!Double.isNaN(recall) && !Double.isNaN(precision)) {
                XYSeries point = chart.addSeries(name + " at threshold", new double[] {recall}, new double[] {precision});
                point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                point.setMarker(SeriesMarkers.DIAMOND);
                point.setMarkerColor(color(kind).darker());
                any = true;
            }
        }
        if (!any) {
            chart.setTitle(e.component() + ": " + (e.unavailable() == null ? "nothing to plot" : "no data"));
            chart.addSeries("none", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    private static CategoryChart leadChart(ComponentEvaluation e) {
        CategoryChart chart = new CategoryChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(e.component() + ": lead time before failure").xAxisTitle("first alarm of the episode before the failure")
                .yAxisTitle("failures").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        List<String> bins = List.of(LEAD_BINS);
        boolean any = false;
        for (ModelKind kind : ModelKind.values()) {
            ComponentEvaluation.KindResult r = e.results().get(kind);
            if (r == null || Double.isNaN(r.threshold())) {
                continue;
            }
            chart.addSeries(shortName(kind), bins, histogram(e.failures() - r.detected(), r.leadDays()))
                    .setFillColor(color(kind));
            any = true;
        }
        if (!any) {
            chart.addSeries("none", bins, List.of(0, 0, 0, 0, 0, 0));
        }
        return chart;
    }

    static List<Integer> histogram(int missed, double[] leadDays) {
        int[] counts = new int[LEAD_BINS.length];
        counts[0] = missed;
        for (double d : leadDays) {
            counts[d < 3 ? 1 : d < 7 ? 2 : d < 14 ? 3 : d < 30 ? 4 : 5]++;
        }
        List<Integer> list = new ArrayList<>();
        for (int c : counts) {
            list.add(c);
        }
        return list;
    }

    /** One colour per method in every panel, whichever methods a panel has. */
    static Color color(ModelKind kind) {
        return switch (kind) {
            case GRADIENT_BOOSTING -> new Color(0x1f, 0x77, 0xb4);
            case LOGISTIC_REGRESSION -> new Color(0xff, 0x7f, 0x0e);
            case THRESHOLD_RULE -> new Color(0x94, 0x67, 0xbd);
        };
    }

    static String shortName(ModelKind kind) {
        return switch (kind) {
            case GRADIENT_BOOSTING -> "XGBoost";
            case LOGISTIC_REGRESSION -> "logistic";
            case THRESHOLD_RULE -> "rule";
        };
    }
}
