package org.ascend.reporting.funnel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.web.CsvDownload;
import org.ascend.reporting.funnel.Funnel;
import org.ascend.reporting.funnel.FunnelService;
import org.ascend.reporting.funnel.IntakeSummary;
import org.ascend.reporting.funnel.SchemeFunnel;
import org.ascend.reporting.web.IntakeYear;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.validation.annotation.Validated;

@RestController
@Validated
class FunnelController {

    private final FunnelService funnel;

    FunnelController(FunnelService funnel) {
        this.funnel = funnel;
    }

    /**
     * An intake's funnel, national: how many applications reached each stage (applied, eligible, endorsed,
     * shortlisted, assessed and progressed at later stages, offered, enrolled, completed; progressed is null until
     * careers are tracked), and how many left (withdrawn, ineligible, erased, left the programme). For the programme
     * team, analysts and admins; regional views are the breakdowns, disclosure-controlled.
     */
    @GetMapping("/api/reporting/intakes/{intakeId}/funnel")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin')")
    Funnel funnel(@PathVariable UUID intakeId) {
        return funnel.of(intakeId);
    }

    /** Intakes reporting knows, optionally of one scheme and opened in one calendar year (UK time), newest first. */
    @GetMapping("/api/reporting/intakes")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
    List<IntakeSummary> intakes(@RequestParam(required = false) UUID scheme,
            @RequestParam(required = false) @IntakeYear Integer year) {
        return funnel.intakes(scheme, year);
    }

    /**
     * A scheme's funnel: the stages of all its intakes added up, or of those opened in {@code year}, with the same
     * stages and leavers as an intake's funnel. National figures, for the programme team, analysts and admins.
     */
    @GetMapping("/api/reporting/schemes/{schemeId}/funnel")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin')")
    SchemeFunnel schemeFunnel(@PathVariable UUID schemeId,
            @RequestParam(required = false) @IntakeYear Integer year) {
        return funnel.ofScheme(schemeId, year);
    }

    /** The same funnel as CSV: a row per stage (count empty where not measured yet), then the leavers. */
    @GetMapping(value = "/api/reporting/intakes/{intakeId}/funnel/csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin')")
    ResponseEntity<String> funnelCsv(@PathVariable UUID intakeId) {
        Funnel of = funnel.of(intakeId);
        return csv("funnel-" + intakeId + ".csv", of.stages(), of.left());
    }

    /** A scheme's funnel as CSV, rows as for an intake's. */
    @GetMapping(value = "/api/reporting/schemes/{schemeId}/funnel/csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin')")
    ResponseEntity<String> schemeFunnelCsv(@PathVariable UUID schemeId, @RequestParam(required = false) @IntakeYear Integer year) {
        SchemeFunnel of = funnel.ofScheme(schemeId, year);
        return csv("funnel-scheme-" + schemeId + (year == null ? "" : "-" + year) + ".csv", of.stages(), of.left());
    }

    private static ResponseEntity<String> csv(String filename, List<Funnel.Stage> stages, Funnel.Left left) {
        List<List<Object>> rows = new ArrayList<>();
        stages.forEach(stage -> rows.add(java.util.Arrays.asList(stage.stage(), stage.count(), stage.meaning())));
        rows.add(List.of("left-withdrawn", left.withdrawn(), "withdrew their application"));
        rows.add(List.of("left-ineligible", left.ineligible(), "found ineligible at screening"));
        rows.add(List.of("left-erased", left.erased(), "erased (still counted in the stages, anonymously)"));
        rows.add(List.of("left-programme", left.leftProgramme(), "withdrew from the programme"));
        return CsvDownload.of(filename, List.of("stage", "count", "meaning"), rows);
    }
}
