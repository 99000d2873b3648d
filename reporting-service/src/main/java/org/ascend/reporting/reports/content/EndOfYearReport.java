package org.ascend.reporting.reports.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ascend.reporting.activity.ActivityService;
import org.ascend.reporting.activity.FinancialYear;
import org.ascend.reporting.activity.RegionalActivity;
import org.ascend.reporting.activity.SessionsHeld;
import org.ascend.reporting.breakdown.Breakdown;
import org.ascend.reporting.breakdown.BreakdownService;
import org.ascend.reporting.disclosure.ControlledTable;
import org.ascend.reporting.disclosure.CountTable;
import org.ascend.reporting.disclosure.DisclosureControl;
import org.ascend.reporting.disclosure.Shown;
import org.ascend.reporting.equality.Characteristic;
import org.ascend.reporting.progression.ProgressionService;
import org.ascend.reporting.reports.chart.Charts;
import org.ascend.reporting.reports.content.ReportTable.Cell;
import org.springframework.stereotype.Component;

/**
 * The end-of-year report (template end-of-year-v1) for an NHS financial year: cohorts recruited, running and
 * completed; sessions held and attendance; regional network activity by region; alumni's career moves; highlights.
 * Regional activity is the API's for the same scope; the rest are counted here and pass through the same disclosure
 * control.
 */
@Component
public class EndOfYearReport {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final YearCohorts cohorts;
    private final BreakdownService breakdowns;
    private final ActivityService activity;
    private final ProgressionService progression;

    EndOfYearReport(YearCohorts cohorts, BreakdownService breakdowns, ActivityService activity, ProgressionService progression) {
        this.cohorts = cohorts;
        this.breakdowns = breakdowns;
        this.activity = activity;
        this.progression = progression;
    }

    public ReportContent build(ReportSubject report, Progress progress) {
        FinancialYear year = FinancialYear.parse(report.subject());
        progress.at(10, "Cohorts recruited, running and completed");
        List<YearCohorts.Opened> opened = cohorts.opened(year.start(), year.end());
        List<YearCohorts.CohortCount> running = cohorts.running(year.start(), year.end(), report.scope().region());
        List<YearCohorts.CohortCount> completed = cohorts.completed(year.start(), year.end(), report.scope().region());
        List<Section> sections = new ArrayList<>();
        sections.add(recruitedSection(opened, report));
        sections.add(cohortSection("running", "Cohorts running", "Cohorts that held sessions in the year, with the "
                + "participants they enrolled", "Participants", running, true, report));
        sections.add(cohortSection("completed", "Cohorts completing", "Cohorts whose participants completed in the year",
                "Completed in the year", completed, false, report));
        progress.at(40, "Sessions and attendance");
        SessionsHeld sessions = activity.sessions(year, report.scope());
        sections.add(sessionsSection(sessions));
        progress.at(55, "Regional network activity");
        RegionalActivity networks = activity.of(year.toString(), report.scope());
        sections.add(networkSection(networks));
        progress.at(70, "Alumni's career moves");
        ProgressionService.Moves moves = progression.movesBetween(year.firstDay(), year.endDay());
        sections.add(movesSection(moves, report));

        Map<String, String> headline = new LinkedHashMap<>();
        headline.put("Intakes opened", String.valueOf(opened.size()));
        headline.put("Cohorts running", String.valueOf(running.size()));
        headline.put("Cohorts completing", String.valueOf(completed.size()));
        headline.put("Sessions held", sessions.total().sessions().text());
        headline.put("Network events", networks.total().events().text());
        headline.put("Network attendances", networks.total().attendance().text());
        sections.add(0, highlights(year, opened, running, completed, sessions, networks, moves, report));
        String title = report.title() != null ? report.title() : "End-of-year report " + year;
        return new ReportContent(title, report.cover("Financial year " + year + " (1 April " + year.startYear() + " to 31 March "
                + (year.startYear() + 1) + ")"), headline, sections);
    }

    private Section recruitedSection(List<YearCohorts.Opened> opened, ReportSubject report) {
        ReportTable.Builder table = ReportTable.of("recruited", "Intakes opened in the year: applications and enrolments",
                "Intake", "Places", "Applications", "Enrolled");
        for (YearCohorts.Opened intake : opened) {
            Breakdown totals = breakdowns.of(intake.intakeId(), Characteristic.BME, report.scope());
            table.row(Cell.label("Intake opened " + MONTH.format(intake.opensAt())),
                    Cell.text(intake.places() == null ? "" : String.valueOf(intake.places())),
                    Cell.count(totals.stages().get(StageIndex.of(totals, "applied")).total()),
                    Cell.count(totals.stages().get(StageIndex.of(totals, "enrolled")).total()));
        }
        return new Section("recruited", "Cohorts recruited", List.of(opened.isEmpty() ? "No intake opened in the year."
                : "Each intake opened in the year, with its applications and enrolments so far (the same figures as its "
                        + "intake report)."), List.of(), List.of(table.build()));
    }

    private static Section cohortSection(String id, String heading, String caption, String column,
            List<YearCohorts.CohortCount> rows, boolean withSessions, ReportSubject report) {
        List<String> labels = rows.stream().map(EndOfYearReport::cohortName).toList();
        long[][] counts = rows.stream().map(row -> new long[] {row.people()}).toArray(long[][]::new);
        ControlledTable people = DisclosureControl.control(new CountTable(labels, List.of(column), counts), report.asTheyAre());
        ReportTable.Builder table = withSessions ? ReportTable.of(id, caption, "Cohort", "Sessions held", column)
                : ReportTable.of(id, caption, "Cohort", column);
        for (int r = 0; r < rows.size(); r++) {
            if (withSessions) {
                table.row(Cell.label(labels.get(r)), Cell.count(SingleCount.shown(rows.get(r).sessions(), report.scope())),
                        Cell.count(people.cells()[r][0]));
            } else {
                table.row(Cell.label(labels.get(r)), Cell.count(people.cells()[r][0]));
            }
        }
        return new Section(id, heading, List.of(rows.isEmpty() ? "None in the year." : caption + "."), List.of(),
                List.of(table.build()));
    }

    private static String cohortName(YearCohorts.CohortCount cohort) {
        return "Cohort of the intake opened " + (cohort.intakeOpened() == null ? "(not known)" : MONTH.format(cohort.intakeOpened()));
    }

    private static Section sessionsSection(SessionsHeld sessions) {
        ReportTable.Builder table = ReportTable.of("sessions", "Programme sessions held in the year, by kind, with attendance",
                "Kind", "Sessions", "Attended", "Apologies", "Absent", "Attendance rate");
        List<SessionsHeld.Kind> rows = new ArrayList<>(sessions.kinds());
        rows.add(sessions.total());
        for (SessionsHeld.Kind kind : rows) {
            Shown expected = sum(kind.attended(), kind.apologies(), kind.absent());
            table.row(Cell.label(kind.kind() == null ? "All sessions" : Words.category(kind.kind())), Cell.count(kind.sessions()),
                    Cell.count(kind.attended()), Cell.count(kind.apologies()), Cell.count(kind.absent()),
                    Cell.rate(ControlledTable.rate(kind.attended(), expected)));
        }
        return new Section("sessions", "Sessions held and attendance", List.of("Modules, action-learning sets, masterclasses "
                + "and the other sessions of every cohort, with how many participants attended, sent apologies or were absent."),
                List.of(), List.of(table.build()));
    }

    /** The sum of shown figures, suppressed if any is. */
    private static Shown sum(Shown... parts) {
        long total = 0;
        for (Shown part : parts) {
            if (part.suppressed()) {
                return new Shown(null, true);
            }
            total += part.value();
        }
        return new Shown(total, false);
    }

    private static Section networkSection(RegionalActivity networks) {
        List<RegionalActivity.Region> regions = networks.regions();
        ReportTable.Builder summary = ReportTable.of("network-activity", "Regional network events and attendance by region",
                "Region", "Events", "Attendances");
        List<String> kinds = new ArrayList<>(networks.total().eventsByKind().keySet());
        List<String> kindColumns = new ArrayList<>(List.of("Region"));
        kinds.forEach(kind -> kindColumns.add(Words.category(kind)));
        ReportTable.Builder byKind = ReportTable.of("network-events-by-kind", "Regional network events by kind",
                kindColumns.toArray(String[]::new));
        List<String> types = new ArrayList<>(networks.total().attendanceByOrganisationType().keySet());
        List<String> typeColumns = new ArrayList<>(List.of("Region"));
        types.forEach(type -> typeColumns.add(Words.category(type)));
        ReportTable.Builder byType = ReportTable.of("network-attendance-by-organisation", "Attendances at regional network "
                + "events by type of organisation", typeColumns.toArray(String[]::new));
        List<RegionalActivity.Region> rows = new ArrayList<>(regions);
        rows.add(networks.total());
        List<Charts.Figure> figures = new ArrayList<>();
        for (RegionalActivity.Region region : rows) {
            String name = region.regionCode() == null ? "All regions" : Words.region(region.regionCode());
            summary.row(Cell.label(name), Cell.count(region.events()), Cell.count(region.attendance()));
            List<Cell> kindRow = new ArrayList<>(List.of(Cell.label(name)));
            kinds.forEach(kind -> kindRow.add(Cell.count(region.eventsByKind().get(kind))));
            byKind.row(kindRow);
            List<Cell> typeRow = new ArrayList<>(List.of(Cell.label(name)));
            types.forEach(type -> typeRow.add(Cell.count(region.attendanceByOrganisationType().get(type))));
            byType.row(typeRow);
            if (region.regionCode() != null) {
                figures.add(new Charts.Figure(name, region.events().suppressed() ? null : region.events().value().doubleValue()));
            }
        }
        return new Section("network-activity", "Regional network activity", List.of("Events run by the regional networks "
                + "(for example HR Directors networks) and who attended them, by type of organisation."),
                List.of(Charts.bars("Regional network events by region", "events", figures)),
                List.of(summary.build(), byKind.build(), byType.build()));
    }

    private static Section movesSection(ProgressionService.Moves moves, ReportSubject report) {
        if (report.scope().region() != null) {
            return new Section("career-moves", "Career moves of alumni", List.of("Alumni's careers are tracked nationally (they "
                    + "move across regions): see the national report."), List.of(), List.of());
        }
        ReportTable table = ReportTable.of("career-moves", "Career moves of alumni that started in the year", "Moves", "Figure")
                .row(Cell.label("All recorded moves"), Cell.count(SingleCount.shown(moves.all(), report.scope())))
                .row(Cell.label("Into director or board roles"), Cell.count(SingleCount.shown(moves.directorOrBoard(), report.scope())))
                .row(Cell.label("Of which interim"), Cell.count(SingleCount.shown(moves.interimDirectorOrBoard(), report.scope())))
                .build();
        return new Section("career-moves", "Career moves of alumni", List.of("Moves recorded by alumni who consented to career "
                + "tracking, self-reported or confirmed by employers and public board lists, counted in the year they started."),
                List.of(), List.of(table));
    }

    private static Section highlights(FinancialYear year, List<YearCohorts.Opened> opened, List<YearCohorts.CohortCount> running,
            List<YearCohorts.CohortCount> completed, SessionsHeld sessions, RegionalActivity networks,
            ProgressionService.Moves moves, ReportSubject report) {
        List<String> said = new ArrayList<>();
        said.add("In " + year + ", " + counted(opened.size(), "intake") + " opened, " + counted(running.size(), "cohort")
                + (running.size() == 1 ? " was" : " were") + " running and " + counted(completed.size(), "cohort")
                + " saw participants complete.");
        said.add("Sessions held: " + sessions.total().sessions().text() + ", with " + sessions.total().attended().text()
                + " attendances.");
        networks.regions().stream().filter(r -> !r.events().suppressed())
                .max(java.util.Comparator.comparingLong((RegionalActivity.Region r) -> r.events().value()))
                .ifPresent(busiest -> said.add("The regional networks ran " + networks.total().events().text() + " events; the "
                        + "busiest region was " + Words.region(busiest.regionCode()) + " (" + busiest.events().text() + ")."));
        if (report.scope().region() == null) {
            said.add("Alumni started " + SingleCount.shown(moves.directorOrBoard(), report.scope()).text()
                    + " director or board roles in the year.");
        }
        said.add("Figures shown as * are suppressed (see the cover for the rules).");
        return new Section("highlights", "Highlights", said, List.of(), List.of());
    }

    /** "no cohort", "1 cohort", "3 cohorts": a highlight reads as a sentence. */
    private static String counted(int count, String noun) {
        return count == 0 ? "no " + noun : count + " " + noun + (count == 1 ? "" : "s");
    }
}
