package org.ascend.reporting.reports;

/**
 * The reports Ascend writes, each from a versioned template (docs/reporting.md, "Reports"). A change to what a report
 * says is a new template version; stored reports keep the version they were made with.
 */
public enum ReportKind {

    INTAKE("Intake report", "intake-v1"),
    STOCKTAKE("Scheme stocktake", "stocktake-v1"),
    END_OF_YEAR("End-of-year report", "end-of-year-v1");

    private final String title;
    private final String template;

    ReportKind(String title, String template) {
        this.title = title;
        this.template = template;
    }

    public String title() {
        return title;
    }

    /** The template's name and version, e.g. {@code stocktake-v1} (templates/reports/stocktake-v1.html). */
    public String template() {
        return template;
    }
}
