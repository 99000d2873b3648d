package org.ascend.reporting.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.reporting.breakdown.ReportScope;
import org.ascend.reporting.disclosure.ControlledTable;
import org.ascend.reporting.disclosure.CountTable;
import org.ascend.reporting.disclosure.DisclosureControl;
import org.ascend.reporting.disclosure.Shown;
import org.ascend.reporting.funnel.FunnelService;
import org.ascend.reporting.funnel.IntakeSummary;
import org.ascend.reporting.progression.Progression;
import org.ascend.reporting.progression.ProgressionService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Cohort outcomes (docs/reporting.md). One table per request, cohorts by completed, still on the programme and each
 * withdrawal reason, controlled in one pass, so that no figure shown in one place can undo a suppression in another;
 * withdrawn and the completion rate are worked out from the figures as shown.
 */
@Service
public class OutcomesService {

    /** The categories cohort-service records (its WithdrawalReason), then withdrawals from before categories. */
    static final List<String> REASONS = List.of("WORKLOAD", "HEALTH", "PERSONAL_CIRCUMSTANCES", "ROLE_CHANGE",
            "LEFT_THE_NHS", "PROGRAMME_NOT_A_FIT", "OTHER", "NOT_RECORDED");
    private static final int COMPLETED = 0;
    private static final int ON_PROGRAMME = 1;

    private final FunnelService funnel;
    private final ProgressionService progression;
    private final JdbcClient jdbc;

    OutcomesService(FunnelService funnel, ProgressionService progression, JdbcClient jdbc) {
        this.funnel = funnel;
        this.progression = progression;
        this.jdbc = jdbc;
    }

    public CohortOutcomes of(UUID schemeId, Integer year, String region, Caller caller) {
        return of(schemeId, year, ReportScope.of(caller, region));
    }

    /** The outcomes for a scope decided elsewhere (a report's audience). */
    public CohortOutcomes of(UUID schemeId, Integer year, ReportScope scope) {
        List<UUID> intakes = funnel.intakes(schemeId, year).stream().map(IntakeSummary::intakeId).toList();
        if (intakes.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No intakes for this scheme" + (year == null ? "" : " in " + year),
                    "Reporting has seen no intake of scheme " + schemeId + (year == null ? "" : " opened in " + year)
                            + ". Check the id and year; GET /api/reporting/intakes?scheme=" + schemeId + " lists its intakes.");
        }
        Map<UUID, UUID> intakeOf = new LinkedHashMap<>();
        Map<UUID, long[]> counts = oldestIntakeFirst(counts(intakes, scope.region(), intakeOf), intakeOf, intakes);
        List<String> columns = new ArrayList<>(List.of("completed", "on-programme"));
        columns.addAll(REASONS);
        List<String> rows = counts.keySet().stream().map(UUID::toString).toList();
        ControlledTable table = DisclosureControl.control(new CountTable(rows, columns, counts.values().toArray(long[][]::new)),
                scope.asTheyAre());
        List<CohortOutcomes.Row> cohorts = new ArrayList<>();
        int r = 0;
        for (UUID cohort : counts.keySet()) {
            cohorts.add(row(cohort, intakeOf.get(cohort), table.cells()[r], table.rowTotals()[r],
                    progression(List.of(cohort), scope)));
            r++;
        }
        CohortOutcomes.Row total = row(null, null, table.columnTotals(), table.grandTotal(),
                progression(List.copyOf(counts.keySet()), scope));
        return new CohortOutcomes(schemeId, year, scope.region(), !scope.asTheyAre(), REASONS, cohorts, total);
    }

    /**
     * National and uncontrolled only: careers cross regions, a region's share of a small cohort would be suppressed
     * anyway, and a public report's shares would rest on counts too small to publish (docs/reporting.md).
     */
    private Progression progression(List<UUID> cohorts, ReportScope scope) {
        return scope.region() == null && scope.asTheyAre() ? progression.of(cohorts) : null;
    }

    private static CohortOutcomes.Row row(UUID cohort, UUID intake, Shown[] cells, Shown enrolled, Progression careers) {
        Map<String, Shown> reasons = new LinkedHashMap<>();
        for (int i = 0; i < REASONS.size(); i++) {
            reasons.put(REASONS.get(i), cells[2 + i]);
        }
        Shown completed = cells[COMPLETED];
        Shown onProgramme = cells[ON_PROGRAMME];
        Shown withdrawn = enrolled.suppressed() || completed.suppressed() || onProgramme.suppressed()
                ? new Shown(null, true)
                : new Shown(enrolled.value() - completed.value() - onProgramme.value(), false);
        return new CohortOutcomes.Row(cohort, intake, enrolled, completed, onProgramme, withdrawn,
                ControlledTable.rate(completed, enrolled), reasons,
                careers == null ? null : careers.trackedAlumni(), careers == null ? null : careers.directorOrBoardWithin12Months(),
                careers == null ? null : careers.directorOrBoardWithin24Months(),
                careers == null ? null : careers.medianMonthsToPromotion(),
                careers == null ? null : careers.interimShareOfDirectorMoves());
    }

    /** Cohorts in the order of their intakes' opening, oldest first ({@code intakes} is newest first). */
    private static Map<UUID, long[]> oldestIntakeFirst(Map<UUID, long[]> counts, Map<UUID, UUID> intakeOf, List<UUID> intakes) {
        Map<UUID, long[]> ordered = new LinkedHashMap<>();
        counts.keySet().stream()
                .sorted(java.util.Comparator.comparingInt((UUID cohort) -> -intakes.indexOf(intakeOf.get(cohort)))
                        .thenComparing(UUID::toString))
                .forEach(cohort -> ordered.put(cohort, counts.get(cohort)));
        return ordered;
    }

    /** Per cohort: completed, on the programme, then withdrawals per reason (true counts, inside only). */
    private Map<UUID, long[]> counts(List<UUID> intakes, String region, Map<UUID, UUID> intakeOf) {
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT cohort_id, min(intake_id::text), count(*) FILTER (WHERE completed),
                       count(*) FILTER (WHERE NOT completed AND NOT left_programme), withdrawal_reason,
                       count(*) FILTER (WHERE left_programme AND NOT completed)
                FROM application_progress
                WHERE intake_id IN (:intakes) AND cohort_id IS NOT NULL AND enrolled
                  AND (CAST(:region AS TEXT) IS NULL OR region_code = :region)
                GROUP BY cohort_id, withdrawal_reason""")
                .param("intakes", intakes).param("region", region)
                .query(rs -> {
                    UUID cohort = rs.getObject(1, UUID.class);
                    intakeOf.putIfAbsent(cohort, UUID.fromString(rs.getString(2)));
                    long[] row = counts.computeIfAbsent(cohort, c -> new long[2 + REASONS.size()]);
                    row[COMPLETED] += rs.getLong(3);
                    row[ON_PROGRAMME] += rs.getLong(4);
                    String reason = rs.getString(5);
                    int column = REASONS.indexOf(reason == null || !REASONS.contains(reason) ? "NOT_RECORDED" : reason);
                    row[2 + column] += rs.getLong(6);
                });
        return counts;
    }
}
