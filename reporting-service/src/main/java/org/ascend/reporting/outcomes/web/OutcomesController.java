package org.ascend.reporting.outcomes.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.security.Caller;
import org.ascend.platform.web.CsvDownload;
import org.ascend.reporting.outcomes.CohortOutcomes;
import org.ascend.reporting.outcomes.OutcomesService;
import org.ascend.reporting.web.RegionCode;
import org.ascend.reporting.web.IntakeYear;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class OutcomesController {

    private final OutcomesService outcomes;

    OutcomesController(OutcomesService outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * How a scheme's cohorts ended, optionally only those recruited by intakes opened in {@code year}: per cohort,
     * enrolled, completed, still on the programme, withdrawn (by category of reason), and the completion rate. A
     * regional lead sees their region's participants, disclosure-controlled; so does anyone who asks for a region.
     */
    @GetMapping("/api/reporting/schemes/{schemeId}/cohort-outcomes")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
    CohortOutcomes outcomes(@PathVariable UUID schemeId,
            @RequestParam(required = false) @IntakeYear Integer year,
            @RequestParam(required = false) @RegionCode String region) {
        return outcomes.of(schemeId, year, region, Caller.current());
    }

    /** The same figures as CSV: a row per cohort, then the total; suppressed figures as *. */
    @GetMapping(value = "/api/reporting/schemes/{schemeId}/cohort-outcomes/csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
    ResponseEntity<String> outcomesCsv(@PathVariable UUID schemeId,
            @RequestParam(required = false) @IntakeYear Integer year,
            @RequestParam(required = false) @RegionCode String region) {
        CohortOutcomes report = outcomes.of(schemeId, year, region, Caller.current());
        List<String> header = new ArrayList<>(List.of("cohort", "intake", "enrolled", "completed", "on-programme", "withdrawn",
                "completion-rate"));
        report.withdrawalReasons().forEach(reason -> header.add("withdrew-" + reason));
        header.addAll(List.of("tracked-alumni", "director-or-board-within-12-months", "director-or-board-within-24-months",
                "median-months-to-promotion", "interim-share-of-director-moves"));
        List<List<Object>> rows = new ArrayList<>();
        List<CohortOutcomes.Row> all = new ArrayList<>(report.cohorts());
        all.add(report.total());
        for (CohortOutcomes.Row row : all) {
            List<Object> line = new ArrayList<>(Arrays.asList(row.cohortId() == null ? "total" : row.cohortId(), row.intakeId(),
                    row.enrolled().text(), row.completed().text(), row.onProgramme().text(), row.withdrawn().text(),
                    row.completionRate()));
            report.withdrawalReasons().forEach(reason -> line.add(row.withdrawalsByReason().get(reason).text()));
            line.addAll(Arrays.asList(row.trackedAlumni(), row.directorOrBoardWithin12Months(), row.directorOrBoardWithin24Months(),
                    row.medianMonthsToPromotion(), row.interimShareOfDirectorMoves()));
            rows.add(line);
        }
        return CsvDownload.of("cohort-outcomes-" + schemeId + ".csv", header, rows);
    }
}
