package org.ascend.reporting.reports.content;

import java.util.List;
import java.util.Map;

/**
 * What a report says, before it is rendered (docs/reporting.md, "Reports"): its cover, its headline figures and its
 * sections, each with text, charts and tables. HTML, PDF, CSV and JSON are all made from this one object, so every
 * format says the same.
 *
 * @param headline the figures a reader looks for first, in order (label to figure as printed); the PDF's first page
 *        and the next stocktake's "what changed" compare these
 */
public record ReportContent(String title, Cover cover, Map<String, String> headline, List<Section> sections) {

    /** Who the report is for and which rules it applies, as its cover says. */
    public record Cover(String subject, String audience, String audienceDescription, List<String> rules, String generatedAt,
            String templateVersion) {
    }

    /** The tables of every section, in order. */
    public List<ReportTable> tables() {
        return sections.stream().flatMap(section -> section.tables().stream()).toList();
    }
}
