package org.ascend.reporting.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The reports' charts (docs/adr/0016): JFreeChart draws them, JFreeSVG writes them as SVG. Each chart's text
 * alternative names every figure, in the order drawn; a suppressed figure (null) is drawn as nothing and read as
 * "suppressed", never as zero.
 */
public final class Charts {

    /** One figure on a chart: a label and its value, or null where disclosure control suppressed it. */
    public record Figure(String label, Double value) {
    }

    /** A named series of figures (a stack in stacked bars, a line in a line chart). */
    public record Series(String name, List<Figure> figures) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final AtomicLong IDS = new AtomicLong();
    /** NHS identity colours (blue, dark blue, aqua green, warm yellow, purple, grey): readable against white. */
    private static final Color[] COLOURS = {new Color(0x005EB8), new Color(0x003087), new Color(0x00A499), new Color(0xFFB81C),
            new Color(0x330072), new Color(0x768692)};

    private Charts() {
    }

    /** A funnel: one horizontal bar per stage, largest first as the stages run. */
    public static SvgChart funnel(String title, String unit, List<Figure> stages) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        stages.forEach(stage -> data.addValue(stage.value(), unit, stage.label()));
        JFreeChart chart = ChartFactory.createBarChart(null, null, unit, data, PlotOrientation.HORIZONTAL, false, false, false);
        return svg(title, title + ". " + read(stages, unit) + ".", chart);
    }

    /** Bars, one per figure (e.g. regional activity by region), drawn across so that long labels stay whole. */
    public static SvgChart bars(String title, String unit, List<Figure> figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures.forEach(figure -> data.addValue(figure.value(), unit, figure.label()));
        JFreeChart chart = ChartFactory.createBarChart(null, null, unit, data, PlotOrientation.HORIZONTAL, false, false, false);
        return svg(title, title + ". " + read(figures, unit) + ".", chart);
    }

    /** Stacked bars: one bar per category, one stack per series (e.g. diversity at each stage). */
    public static SvgChart stackedBars(String title, String unit, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach(s -> s.figures().forEach(figure -> data.addValue(figure.value(), s.name(), figure.label())));
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, unit, data, PlotOrientation.VERTICAL, true, false, false);
        return svg(title, title + ". " + readSeries(series, unit), chart);
    }

    /** Lines over categories such as cohorts or years (e.g. progression over time). */
    public static SvgChart lines(String title, String unit, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach(s -> s.figures().forEach(figure -> data.addValue(figure.value(), s.name(), figure.label())));
        JFreeChart chart = ChartFactory.createLineChart(null, null, unit, data, PlotOrientation.VERTICAL, true, false, false);
        return svg(title, title + ". " + readSeries(series, unit), chart);
    }

    private static String read(List<Figure> figures, String unit) {
        List<String> said = new ArrayList<>();
        figures.forEach(figure -> said.add(figure.label() + ": " + (figure.value() == null ? "suppressed" : number(figure.value()))));
        return unit + " - " + String.join("; ", said);
    }

    private static String readSeries(List<Series> series, String unit) {
        Map<String, List<Figure>> byName = new LinkedHashMap<>();
        series.forEach(s -> byName.put(s.name(), s.figures()));
        List<String> said = new ArrayList<>();
        byName.forEach((name, figures) -> said.add(name + " (" + read(figures, unit) + ")"));
        return String.join(". ", said) + ".";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.UK, "%.2f", value);
    }

    private static SvgChart svg(String title, String textAlternative, JFreeChart chart) {
        style(chart);
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(WIDTH, HEIGHT));
        String id = "chart-" + IDS.incrementAndGet();
        String drawn = graphics.getSVGElement(id);
        int openEnd = drawn.indexOf('>') + 1;
        String labelled = drawn.substring(0, openEnd - 1) + " role='img' aria-labelledby='" + id + "-title' aria-describedby='"
                + id + "-desc' viewBox='0 0 " + WIDTH + " " + HEIGHT + "'>" + "<title id='" + id + "-title'>" + escape(title)
                + "</title><desc id='" + id + "-desc'>" + escape(textAlternative) + "</desc>" + drawn.substring(openEnd);
        return new SvgChart(title, textAlternative, labelled);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xD8DDE0));
            plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int i = 0; i < COLOURS.length; i++) {
                plot.getRenderer().setSeriesPaint(i, COLOURS[i]);
            }
            if (plot.getRenderer() instanceof org.jfree.chart.renderer.category.LineAndShapeRenderer lines) {
                lines.setDefaultShapesVisible(true);
                for (int i = 0; i < COLOURS.length; i++) {
                    lines.setSeriesStroke(i, new java.awt.BasicStroke(3f));
                }
            }
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
    }
}
