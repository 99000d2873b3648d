package org.ascend.reporting.reports.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.reporting.breakdown.Breakdown;
import org.ascend.reporting.breakdown.BreakdownService;
import org.ascend.reporting.disclosure.ControlledTable;
import org.ascend.reporting.disclosure.Shown;
import org.ascend.reporting.equality.Characteristic;
import org.ascend.reporting.funnel.FunnelService;
import org.ascend.reporting.funnel.IntakeSummary;
import org.ascend.reporting.outcomes.CohortOutcomes;
import org.ascend.reporting.outcomes.OutcomesService;
import org.ascend.reporting.reports.chart.Charts;
import org.ascend.reporting.reports.content.ReportTable.Cell;
import org.ascend.reporting.reports.validity.PredictiveValidity;
import org.ascend.reporting.reports.validity.SelectionOutcomes;
import org.springframework.stereotype.Component;

/**
 * The scheme stocktake (template stocktake-v1), across all cohorts so far: applications, selection and completion per
 * cohort; progression into director or board roles; diversity across cohorts; regional spread; whether selection
 * predicts success; and what changed since the last stocktake. Figures are the API's for the same scope: cohort
 * outcomes, and each cohort's intake breakdowns.
 */
@Component
public class StocktakeReport {

    /** The previous stocktake of the same scheme for the same audience, if there is one. */
    public record Previous(String generatedAt, Map<String, String> headline) {
    }

    private final OutcomesService outcomes;
    private final BreakdownService breakdowns;
    private final FunnelService funnel;
    private final SelectionOutcomes selection;
    private final Clock clock;

    StocktakeReport(OutcomesService outcomes, BreakdownService breakdowns, FunnelService funnel, SelectionOutcomes selection,
            Clock clock) {
        this.outcomes = outcomes;
        this.breakdowns = breakdowns;
        this.funnel = funnel;
        this.selection = selection;
        this.clock = clock;
    }

    public ReportContent build(ReportSubject report, Optional<Previous> previous, Progress progress) {
        UUID schemeId = UUID.fromString(report.subject());
        progress.at(10, "Cohort outcomes");
        CohortOutcomes cohorts = outcomes.of(schemeId, null, report.scope());
        List<Cohort> rows = new ArrayList<>();
        int number = 1;
        for (CohortOutcomes.Row row : cohorts.cohorts()) {
            IntakeSummary intake = funnel.summary(row.intakeId()).orElseThrow();
            progress.at(10 + 40 * number / Math.max(1, cohorts.cohorts().size()), "Cohort " + number + ": its intake's figures");
            rows.add(new Cohort("Cohort " + number + (intake.year() == null ? "" : " (" + intake.year() + ")"), row,
                    breakdowns.of(row.intakeId(), Characteristic.BME, report.scope()),
                    breakdowns.of(row.intakeId(), Characteristic.SEX, report.scope()),
                    breakdowns.of(row.intakeId(), Characteristic.REGION, report.scope())));
            number++;
        }
        List<Section> sections = new ArrayList<>();
        sections.add(cohortsSection(rows, cohorts.total()));
        progress.at(55, "Progression");
        sections.add(progressionSection(rows, cohorts.total(), report));
        progress.at(65, "Diversity across cohorts");
        sections.add(diversitySection(rows));
        sections.add(regionalSection(rows));
        progress.at(75, "Predictive validity");
        sections.add(validitySection(rows, report));

        Map<String, String> headline = headline(rows, cohorts.total());
        sections.add(0, changesSection(headline, previous));
        String title = report.title() != null ? report.title() : "Scheme stocktake: outcomes of " + rows.size() + " cohort"
                + (rows.size() == 1 ? "" : "s");
        return new ReportContent(title, report.cover("Scheme " + schemeId + ", all cohorts so far"), headline, sections);
    }

    /** One cohort with its intake's breakdowns for the report's scope. */
    private record Cohort(String name, CohortOutcomes.Row outcomes, Breakdown bme, Breakdown sex, Breakdown region) {

        Shown at(String stage) {
            return bme.stages().get(StageIndex.of(bme, stage)).total();
        }
    }

    private static Map<String, String> headline(List<Cohort> rows, CohortOutcomes.Row total) {
        Map<String, String> headline = new LinkedHashMap<>();
        headline.put("Cohorts", String.valueOf(rows.size()));
        headline.put("Enrolled", total.enrolled().text());
        headline.put("Completed", total.completed().text());
        headline.put("Completion rate", ReportTable.percent(total.completionRate()));
        if (total.trackedAlumni() != null) {
            headline.put("Alumni tracked", String.valueOf(total.trackedAlumni()));
            headline.put("Director or board role within 24 months", ReportTable.percent(total.directorOrBoardWithin24Months()));
        }
        return headline;
    }

    private static Section changesSection(Map<String, String> now, Optional<Previous> previous) {
        List<String> said = new ArrayList<>();
        if (previous.isEmpty()) {
            said.add("This is the first stocktake of this scheme for this audience on Ascend, so there is nothing to compare "
                    + "with yet. The next stocktake will say what changed since this one.");
        } else {
            Map<String, String> before = previous.get().headline();
            List<String> changes = new ArrayList<>();
            now.forEach((label, figure) -> {
                String was = before.get(label);
                if (was != null && !was.equals(figure)) {
                    changes.add(label.toLowerCase() + " went from " + shown(was) + " to " + shown(figure));
                } else if (was == null) {
                    changes.add(label.toLowerCase() + " is reported for the first time: " + shown(figure));
                }
            });
            said.add(changes.isEmpty()
                    ? "Nothing in the headline figures has changed since the last stocktake (" + previous.get().generatedAt() + ")."
                    : "Since the last stocktake (" + previous.get().generatedAt() + "): " + String.join("; ", changes) + ".");
        }
        return new Section("changes", "What changed since the last stocktake", said, List.of(), List.of());
    }

    private static String shown(String figure) {
        return figure.equals("*") ? "a suppressed figure" : figure.isEmpty() ? "none" : figure;
    }

    private static Section cohortsSection(List<Cohort> rows, CohortOutcomes.Row total) {
        ReportTable.Builder table = ReportTable.of("cohorts", "Applications, selection and completion per cohort", "Cohort",
                "Applications", "Shortlisted", "Offered", "Enrolled", "Completed", "On the programme", "Withdrew",
                "Completion rate");
        for (Cohort cohort : rows) {
            CohortOutcomes.Row row = cohort.outcomes();
            table.row(Cell.label(cohort.name()), Cell.count(cohort.at("applied")), Cell.count(cohort.at("shortlisted")),
                    Cell.count(cohort.at("offered")), Cell.count(row.enrolled()), Cell.count(row.completed()),
                    Cell.count(row.onProgramme()), Cell.count(row.withdrawn()), Cell.rate(row.completionRate()));
        }
        table.row(Cell.label("All cohorts"), Cell.text(""), Cell.text(""), Cell.text(""), Cell.count(total.enrolled()),
                Cell.count(total.completed()), Cell.count(total.onProgramme()), Cell.count(total.withdrawn()),
                Cell.rate(total.completionRate()));
        List<Charts.Figure> completion = rows.stream().map(c -> new Charts.Figure(c.name(),
                c.outcomes().completionRate() == null ? null : c.outcomes().completionRate() * 100)).toList();
        return new Section("cohorts", "Applications, selection and completion", List.of("Applications, shortlisting and offers "
                + "are the cohort's intake's; enrolment, completion and withdrawal the cohort's own. A cohort still running "
                + "has people on the programme, so its completion rate is still rising."),
                List.of(Charts.bars("Completion rate by cohort (%)", "% completed", completion)), List.of(table.build()));
    }

    private static Section progressionSection(List<Cohort> rows, CohortOutcomes.Row total, ReportSubject report) {
        if (!report.asTheyAre() || total.trackedAlumni() == null) {
            return new Section("progression", "Progression into director and board roles", List.of("Progression is shown in the "
                    + "programme board's report only: careers are tracked nationally, with consent, and the shares rest on counts "
                    + "of a few people each."), List.of(), List.of());
        }
        ReportTable.Builder table = ReportTable.of("progression", "Alumni in a director or board role within 12 and 24 months "
                + "of completing", "Cohort", "Alumni tracked", "Within 12 months", "Within 24 months",
                "Median months to promotion", "Interim share of director moves");
        List<Charts.Figure> within12 = new ArrayList<>();
        List<Charts.Figure> within24 = new ArrayList<>();
        for (Cohort cohort : rows) {
            CohortOutcomes.Row row = cohort.outcomes();
            table.row(Cell.label(cohort.name()), Cell.count(row.trackedAlumni()), Cell.rate(row.directorOrBoardWithin12Months()),
                    Cell.rate(row.directorOrBoardWithin24Months()), Cell.statistic(row.medianMonthsToPromotion(), 1),
                    Cell.rate(row.interimShareOfDirectorMoves()));
            within12.add(new Charts.Figure(cohort.name(), percent(row.directorOrBoardWithin12Months())));
            within24.add(new Charts.Figure(cohort.name(), percent(row.directorOrBoardWithin24Months())));
        }
        table.row(Cell.label("All cohorts"), Cell.count(total.trackedAlumni()), Cell.rate(total.directorOrBoardWithin12Months()),
                Cell.rate(total.directorOrBoardWithin24Months()), Cell.statistic(total.medianMonthsToPromotion(), 1),
                Cell.rate(total.interimShareOfDirectorMoves()));
        return new Section("progression", "Progression into director and board roles", List.of("Of the alumni who consented "
                + "to career tracking and completed at least 12 (or 24) months ago, the share who held a director or board role "
                + "within that time. A cohort that completed less than a year ago has no figure yet."),
                List.of(Charts.lines("Progression over time: director or board role within 12 and 24 months (%)", "% of alumni",
                        List.of(new Charts.Series("Within 12 months", within12), new Charts.Series("Within 24 months", within24)))),
                List.of(table.build()));
    }

    private static Double percent(Double share) {
        return share == null ? null : share * 100;
    }

    private static Section diversitySection(List<Cohort> rows) {
        ReportTable.Builder table = ReportTable.of("diversity-trend", "Black, Asian and minority ethnic people and women at "
                + "each cohort's stages (share of those who answered and of everyone)", "Cohort", "BME applicants",
                "BME share of applicants", "BME enrolled", "BME share of enrolled", "Women applicants", "Women enrolled",
                "Women's share of enrolled");
        List<Charts.Figure> applicants = new ArrayList<>();
        List<Charts.Figure> enrolled = new ArrayList<>();
        for (Cohort cohort : rows) {
            Shown bmeApplied = count(cohort.bme(), "applied", "BME");
            Shown bmeEnrolled = count(cohort.bme(), "enrolled", "BME");
            Shown womenApplied = count(cohort.sex(), "applied", "FEMALE");
            Shown womenEnrolled = count(cohort.sex(), "enrolled", "FEMALE");
            Double applicantShare = ControlledTable.rate(bmeApplied, cohort.at("applied"));
            Double enrolledShare = ControlledTable.rate(bmeEnrolled, cohort.at("enrolled"));
            table.row(Cell.label(cohort.name()), Cell.count(bmeApplied), Cell.rate(applicantShare), Cell.count(bmeEnrolled),
                    Cell.rate(enrolledShare), Cell.count(womenApplied), Cell.count(womenEnrolled),
                    Cell.rate(ControlledTable.rate(womenEnrolled, cohort.at("enrolled"))));
            applicants.add(new Charts.Figure(cohort.name(), percent(applicantShare)));
            enrolled.add(new Charts.Figure(cohort.name(), percent(enrolledShare)));
        }
        return new Section("diversity-trend", "Diversity across cohorts", List.of("The share of Black, Asian and minority "
                + "ethnic people among each cohort's applicants and among those who enrolled, and the same for women. A share "
                + "that falls between applying and enrolling is the place to look for adverse impact (see each intake report)."),
                List.of(Charts.lines("BME share of applicants and of those enrolled, by cohort (%)", "% of the stage",
                        List.of(new Charts.Series("Applicants", applicants), new Charts.Series("Enrolled", enrolled)))),
                List.of(table.build()));
    }

    private static Shown count(Breakdown breakdown, String stage, String category) {
        return breakdown.stages().get(StageIndex.of(breakdown, stage)).counts().get(breakdown.categories().indexOf(category));
    }

    private static Section regionalSection(List<Cohort> rows) {
        List<String> columns = new ArrayList<>(List.of("Region"));
        rows.forEach(cohort -> columns.add(cohort.name()));
        ReportTable.Builder table = ReportTable.of("regional-spread", "Where each cohort's participants work: enrolled "
                + "participants by NHS region", columns.toArray(String[]::new));
        if (!rows.isEmpty()) {
            List<String> regions = rows.get(0).region().categories();
            for (int r = 0; r < regions.size(); r++) {
                List<Cell> row = new ArrayList<>(List.of(Cell.label(Words.region(regions.get(r)))));
                for (Cohort cohort : rows) {
                    row.add(Cell.count(count(cohort.region(), "enrolled", regions.get(r))));
                }
                table.row(row);
            }
        }
        return new Section("regional-spread", "Regional spread", List.of("Each cohort's enrolled participants by the NHS region "
                + "of their employer when they applied."), List.of(), List.of(table.build()));
    }

    private Section validitySection(List<Cohort> rows, ReportSubject report) {
        List<String> said = new ArrayList<>(List.of("Does selection predict success? For each participant, the score they "
                + "were selected on (the final stage's settled score) is set beside what became of them: whether they "
                + "completed the programme, and whether they held a director or board role within 24 months of completing. "
                + "The figure is the point-biserial correlation: from -1 to 1, above 0 when higher scorers did better.",
                "What it does not mean: with cohorts of 15 to 20 it is a warning light, not a verdict. Everyone measured was "
                        + "selected, so the scores' range is narrow and the correlation understated; careers depend on much "
                        + "besides the scheme; and an interval that spans 0 means the data cannot tell either way. Below 10 "
                        + "people, or with fewer than 3 on either side of an outcome, no figure is given."));
        if (!report.asTheyAre()) {
            said.add("Predictive validity is shown in the programme board's report only: it rests on individuals' scores.");
            return new Section("predictive-validity", "Does selection predict success?", said, List.of(), List.of());
        }
        SelectionOutcomes.Observations observations = selection.of(rows.stream().map(c -> c.outcomes().intakeId()).toList(),
                LocalDate.now(clock));
        ReportTable table = ReportTable.of("predictive-validity", "Selection scores against later outcomes", "Outcome",
                "People", "With the outcome", "Correlation (r)", "95% interval", "p", "Finding")
                .row(validityRow("Completed the programme", PredictiveValidity.of(observations.completion())))
                .row(validityRow("Director or board role within 24 months", PredictiveValidity.of(observations.promotion())))
                .build();
        return new Section("predictive-validity", "Does selection predict success?", said, List.of(), List.of(table));
    }

    private static List<Cell> validityRow(String outcome, PredictiveValidity.Result result) {
        boolean estimated = result.state() == PredictiveValidity.State.ESTIMATED;
        String finding = !estimated ? "Insufficient data"
                : result.lower95() > 0 ? "Higher scorers did better"
                : result.upper95() < 0 ? "Higher scorers did worse" : "No clear relation (the interval spans 0)";
        return List.of(Cell.label(outcome), Cell.count(result.people()), Cell.count(result.withOutcome()),
                Cell.statistic(result.r(), 2), Cell.text(estimated ? String.format(java.util.Locale.ROOT, "%.2f to %.2f",
                        result.lower95(), result.upper95()) : ""), Cell.statistic(result.pValue(), 3), Cell.text(finding));
    }
}
