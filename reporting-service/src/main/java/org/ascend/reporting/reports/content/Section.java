package org.ascend.reporting.reports.content;

import java.util.List;

import org.ascend.reporting.reports.chart.SvgChart;

/** One numbered part of a report: a heading, paragraphs in plain language, charts and tables. */
public record Section(String id, String heading, List<String> paragraphs, List<SvgChart> charts, List<ReportTable> tables) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }
}
