package org.ascend.reporting.reports.chart;

/**
 * A chart drawn as SVG (vector, so it stays sharp in HTML and in PDF), carrying its own title and a text alternative
 * that says every figure it shows: the SVG has {@code role="img"} and is labelled by its {@code <title>} and described
 * by its {@code <desc>}, so a screen reader reads the figures rather than the drawing (docs/adr/0016).
 */
public record SvgChart(String title, String textAlternative, String svg) {
}
