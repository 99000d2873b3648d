package org.ascend.reporting.reports.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.reporting.breakdown.Breakdown;
import org.ascend.reporting.breakdown.BreakdownService;
import org.ascend.reporting.disclosure.ControlledTable;
import org.ascend.reporting.disclosure.Shown;
import org.ascend.reporting.equality.Characteristic;
import org.ascend.reporting.funnel.FunnelService;
import org.ascend.reporting.funnel.IntakeSummary;
import org.ascend.reporting.impact.AdverseImpact;
import org.ascend.reporting.impact.ImpactReport;
import org.ascend.reporting.impact.ImpactService;
import org.ascend.reporting.reliability.ReliabilityRollUp;
import org.ascend.reporting.reliability.StageReliability;
import org.ascend.reporting.reports.chart.Charts;
import org.ascend.reporting.reports.chart.SvgChart;
import org.ascend.reporting.reports.content.ReportTable.Cell;
import org.springframework.stereotype.Component;

/**
 * The intake report (template intake-v1): the funnel, diversity at each stage against the applicant pool, adverse
 * impact, assessment reliability, offers and acceptances. Every figure is the reporting API's for the same scope:
 * the breakdowns' stage totals, the adverse-impact reports, the reliability the funnel carries.
 */
@Component
public class IntakeReport {

    /** The characteristics reported stage by stage, and those tested for adverse impact. */
    static final List<Characteristic> DIVERSITY = List.of(Characteristic.ETHNIC_GROUP, Characteristic.SEX,
            Characteristic.DISABILITY, Characteristic.AGE_BAND);
    static final List<Characteristic> IMPACT = List.of(Characteristic.ETHNIC_GROUP, Characteristic.SEX, Characteristic.DISABILITY);

    private final BreakdownService breakdowns;
    private final ImpactService impact;
    private final ReliabilityRollUp reliability;
    private final FunnelService funnel;

    IntakeReport(BreakdownService breakdowns, ImpactService impact, ReliabilityRollUp reliability, FunnelService funnel) {
        this.breakdowns = breakdowns;
        this.impact = impact;
        this.reliability = reliability;
        this.funnel = funnel;
    }

    public ReportContent build(ReportSubject report, Progress progress) {
        UUID intakeId = UUID.fromString(report.subject());
        IntakeSummary intake = funnel.summary(intakeId).orElseThrow(() -> new IllegalArgumentException(
                "Reporting has seen no intake " + intakeId + "; check the id (GET /api/reporting/intakes lists them)"));
        progress.at(10, "Counting the funnel");
        Map<Characteristic, Breakdown> byCharacteristic = new LinkedHashMap<>();
        for (Characteristic characteristic : DIVERSITY) {
            byCharacteristic.put(characteristic, breakdowns.of(intakeId, characteristic, report.scope()));
        }
        Breakdown first = byCharacteristic.get(DIVERSITY.get(0));
        List<Section> sections = new ArrayList<>();
        sections.add(funnelSection(first));
        progress.at(30, "Diversity at each stage");
        sections.add(diversitySection(byCharacteristic));
        progress.at(50, "Adverse impact");
        sections.add(impactSection(intakeId, report));
        progress.at(60, "Assessment reliability");
        sections.add(reliabilitySection(intakeId, report));
        sections.add(offersSection(first, intake));

        Map<String, String> headline = new LinkedHashMap<>();
        for (Breakdown.StageRow stage : first.stages()) {
            headline.put(Words.stage(stage.stage()), stage.total().text());
        }
        String title = report.title() != null ? report.title()
                : "Intake report" + (intake.year() == null ? "" : ": intake opened in " + intake.year());
        return new ReportContent(title, report.cover("Intake " + intakeId + (intake.year() == null ? "" : ", opened in " + intake.year())
                + (intake.places() == null ? "" : ", " + intake.places() + " places")), headline, sections);
    }

    private static Section funnelSection(Breakdown breakdown) {
        ReportTable.Builder table = ReportTable.of("funnel", "How far applicants got: each stage's count and its share of "
                + "everyone who applied", "Stage", "People", "Share of applicants");
        Shown applied = breakdown.stages().get(0).total();
        List<Charts.Figure> figures = new ArrayList<>();
        for (Breakdown.StageRow stage : breakdown.stages()) {
            table.row(Cell.label(Words.stage(stage.stage())), Cell.count(stage.total()),
                    Cell.rate(ControlledTable.rate(stage.total(), applied)));
            figures.add(new Charts.Figure(Words.stage(stage.stage()), value(stage.total())));
        }
        return new Section("funnel", "The funnel", List.of("Each stage counts the applications that reached it: "
                + "withdrawn and erased ones stay in the stages they reached."),
                List.of(Charts.funnel("Applicants at each stage", "people", figures)), List.of(table.build()));
    }

    private static Section diversitySection(Map<Characteristic, Breakdown> byCharacteristic) {
        List<ReportTable> tables = new ArrayList<>();
        List<SvgChart> charts = new ArrayList<>();
        byCharacteristic.forEach((characteristic, breakdown) -> {
            List<String> columns = new ArrayList<>(List.of(Words.category(characteristic.id().replace('-', '_').toUpperCase())));
            breakdown.stages().forEach(stage -> columns.add(Words.stage(stage.stage())));
            columns.add("Share of applicants");
            columns.add("Share of those enrolled");
            ReportTable.Builder table = ReportTable.of("diversity-" + characteristic.id(),
                    Words.category(characteristic.id().replace('-', '_').toUpperCase()) + " at each stage, against the applicant pool",
                    columns.toArray(String[]::new));
            int enrolled = StageIndex.of(breakdown, "enrolled");
            List<Charts.Series> series = new ArrayList<>();
            for (int c = 0; c < breakdown.categories().size(); c++) {
                List<Cell> row = new ArrayList<>(List.of(Cell.label(Words.category(breakdown.categories().get(c)))));
                List<Charts.Figure> shares = new ArrayList<>();
                for (Breakdown.StageRow stage : breakdown.stages()) {
                    row.add(Cell.count(stage.counts().get(c)));
                    Double share = ControlledTable.rate(stage.counts().get(c), stage.total());
                    shares.add(new Charts.Figure(Words.stage(stage.stage()), share == null ? null : share * 100));
                }
                row.add(Cell.rate(ControlledTable.rate(breakdown.stages().get(0).counts().get(c), breakdown.stages().get(0).total())));
                Breakdown.StageRow atEnrolment = breakdown.stages().get(enrolled);
                row.add(Cell.rate(ControlledTable.rate(atEnrolment.counts().get(c), atEnrolment.total())));
                table.row(row);
                series.add(new Charts.Series(Words.category(breakdown.categories().get(c)), shares));
            }
            tables.add(table.build());
            if (characteristic == Characteristic.ETHNIC_GROUP || characteristic == Characteristic.SEX) {
                charts.add(Charts.stackedBars(Words.category(characteristic.id().replace('-', '_').toUpperCase())
                        + " at each stage (share of the stage, %)", "% of the stage", series));
            }
        });
        return new Section("diversity", "Diversity at each stage", List.of("Each characteristic's categories at every stage, "
                + "with the share of applicants and the share of those enrolled: a group whose share falls from stage to "
                + "stage is one to look at. Equality answers are optional; 'Prefer not to say' and 'Not stated' are groups "
                + "of their own."), charts, tables);
    }

    private Section impactSection(UUID intakeId, ReportSubject report) {
        List<ReportTable> tables = new ArrayList<>();
        for (Characteristic characteristic : IMPACT) {
            ImpactReport figures = impact.of(intakeId, characteristic, report.scope());
            ReportTable.Builder table = ReportTable.of("adverse-impact-" + characteristic.id(),
                    "Adverse impact by " + Words.category(characteristic.id().replace('-', '_').toUpperCase()).toLowerCase()
                            + ": each group's selection rate against the highest group's",
                    "Step", "Group", "Considered", "Selected", "Rate", "Ratio", "Fisher p", "Finding");
            for (ImpactReport.Step step : figures.steps()) {
                String name = Words.stage(step.from()) + " to " + Words.stage(step.to()).toLowerCase();
                List<AdverseImpact.GroupImpact> groups = new ArrayList<>(step.groups());
                if (characteristic == Characteristic.ETHNIC_GROUP) {
                    groups.add(step.whiteVersusBme());
                }
                for (AdverseImpact.GroupImpact group : groups) {
                    boolean hidden = group.state() == AdverseImpact.State.SUPPRESSED;
                    table.row(Cell.label(name), Cell.text(Words.category(group.group())),
                            hidden ? new Cell("*", ReportTable.Kind.COUNT) : Cell.count(group.considered()),
                            hidden ? new Cell("*", ReportTable.Kind.COUNT) : Cell.count(group.selected()),
                            Cell.rate(group.rate()), Cell.statistic(group.ratio(), 2), Cell.statistic(group.fisherP(), 3),
                            Cell.text(finding(group)));
                }
            }
            tables.add(table.build());
        }
        return new Section("adverse-impact", "Adverse impact", List.of("A group selected at under four-fifths of the "
                + "highest group's rate indicates adverse impact (29 CFR 1607.4(D)). With groups this small a ratio swings on "
                + "one person, so each comparison carries Fisher's exact test, and groups under 10 people are marked as "
                + "insufficient data rather than compared. 'White vs BME' is the WRES relative likelihood: 1.00 is parity."),
                List.of(), tables);
    }

    private static String finding(AdverseImpact.GroupImpact group) {
        return switch (group.state()) {
            case REFERENCE -> "Reference (highest rate)";
            case SUPPRESSED -> "Suppressed";
            case INSUFFICIENT_DATA -> "Insufficient data";
            case COMPARED -> Boolean.TRUE.equals(group.belowFourFifths())
                    ? (group.fisherP() != null && group.fisherP() < 0.05 ? "Adverse impact, significant" : "Below four-fifths, not significant")
                    : "No adverse impact indicated";
        };
    }

    private Section reliabilitySection(UUID intakeId, ReportSubject report) {
        ReportTable.Builder table = ReportTable.of("reliability", "How far each stage's weighted scores can be trusted",
                "Stage", "Cases", "Score sheets", "Alpha (ordinal)", "Alpha 95% interval", "Alpha band", "ICC(2,k)",
                "ICC 95% interval", "ICC band");
        for (StageReliability stage : reliability.of(intakeId)) {
            StageReliability.Figures weighted = stage.weighted();
            table.row(Cell.label(Words.stage(stage.stage())), Cell.count(SingleCount.shown(stage.cases(), report.scope())),
                    Cell.count(SingleCount.shown(stage.sheets(), report.scope())), Cell.statistic(weighted.alphaOrdinal(), 3),
                    Cell.text(interval(weighted.alphaOrdinalInterval())), Cell.text(Words.category(weighted.alphaBand())),
                    Cell.statistic(weighted.iccAverage(), 3), Cell.text(interval(weighted.iccAverageInterval())),
                    Cell.text(Words.category(weighted.iccBand())));
        }
        return new Section("reliability", "Assessment reliability by stage", List.of("Krippendorff's alpha: rely on 0.800 "
                + "and above, tentatively from 0.667 (Krippendorff 2004). ICC(2,k), the reliability of the panel's mean score: "
                + "under 0.5 poor, under 0.75 moderate, under 0.9 good, above that excellent (Koo and Li 2016). A stage with "
                + "no row has no submitted score sheets yet."), List.of(), List.of(table.build()));
    }

    private static String interval(StageReliability.Interval interval) {
        return interval == null ? "" : String.format(java.util.Locale.ROOT, "%.2f to %.2f", interval.lower(), interval.upper());
    }

    private static Section offersSection(Breakdown breakdown, IntakeSummary intake) {
        Shown offered = breakdown.stages().get(StageIndex.of(breakdown, "offered")).total();
        Shown enrolled = breakdown.stages().get(StageIndex.of(breakdown, "enrolled")).total();
        ReportTable table = ReportTable.of("offers", "Offers made and accepted", "Measure", "Figure")
                .row(Cell.label("Places"), Cell.text(intake.places() == null ? "" : String.valueOf(intake.places())))
                .row(Cell.label("Offers made"), Cell.count(offered))
                .row(Cell.label("Accepted and enrolled"), Cell.count(enrolled))
                .row(Cell.label("Acceptance rate"), Cell.rate(ControlledTable.rate(enrolled, offered)))
                .build();
        return new Section("offers", "Offers and acceptances", List.of("Offers include those made from the waiting list "
                + "after a decline; the acceptance rate is enrolled over offered."), List.of(), List.of(table));
    }

    private static Double value(Shown shown) {
        return shown.suppressed() ? null : shown.value().doubleValue();
    }
}
