package org.ascend.reporting.reports.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ascend.reporting.reports.content.ReportContent;
import org.ascend.reporting.reports.content.ReportTable;

/** Every table of a report as data, the figures exactly as printed (one CSV per table is made from this at download). */
public final class TableExport {

    private TableExport() {
    }

    /** The report's tables for its JSON download: id, caption, columns and rows of printed figures. */
    public static List<Map<String, Object>> json(ReportContent report) {
        List<Map<String, Object>> tables = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", table.id());
            json.put("caption", table.caption());
            json.put("columns", table.columns());
            json.put("rows", table.rows().stream().map(row -> row.stream().map(ReportTable.Cell::text).toList()).toList());
            tables.add(json);
        }
        return tables;
    }
}
