package org.ascend.reporting.impact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.security.Caller;
import org.ascend.platform.web.CsvDownload;
import org.ascend.reporting.equality.Characteristic;
import org.ascend.reporting.impact.AdverseImpact;
import org.ascend.reporting.impact.ImpactReport;
import org.ascend.reporting.impact.ImpactService;
import org.ascend.reporting.web.RegionCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class ImpactController {

    private final ImpactService impact;

    ImpactController(ImpactService impact) {
        this.impact = impact;
    }

    /**
     * Adverse impact at each selection step (eligible to shortlisted, shortlisted to offered, offered to enrolled) by a
     * characteristic: each group's selection rate, its ratio to the highest-rate group, the four-fifths flag, Fisher's
     * exact p and a 95 % interval for the ratio, or "insufficient data" (fewer than 10 people in a group); and the WRES
     * relative likelihood of White people being selected compared with BME people (1.00 is parity). Below national
     * level figures rest on disclosure-controlled counts, and those on suppressed counts are suppressed.
     */
    @GetMapping("/api/reporting/intakes/{intakeId}/adverse-impact")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
    ImpactReport adverseImpact(@PathVariable UUID intakeId, @RequestParam String by,
            @RequestParam(required = false) @RegionCode String region) {
        return impact.of(intakeId, Characteristic.named(by), region, Caller.current());
    }

    /** The same figures as CSV: a row per step and group, the White-vs-BME likelihood as group "White vs BME". */
    @GetMapping(value = "/api/reporting/intakes/{intakeId}/adverse-impact/csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
    ResponseEntity<String> adverseImpactCsv(@PathVariable UUID intakeId, @RequestParam String by,
            @RequestParam(required = false) @RegionCode String region) {
        ImpactReport report = impact.of(intakeId, Characteristic.named(by), region, Caller.current());
        List<List<Object>> rows = new ArrayList<>();
        for (ImpactReport.Step step : report.steps()) {
            List<AdverseImpact.GroupImpact> groups = new ArrayList<>(step.groups());
            groups.add(step.whiteVersusBme());
            for (AdverseImpact.GroupImpact g : groups) {
                boolean hidden = g.state() == AdverseImpact.State.SUPPRESSED;
                rows.add(java.util.Arrays.asList(step.from(), step.to(), g.group(), g.state(), hidden ? "*" : g.considered(),
                        hidden ? "*" : g.selected(), g.rate(), g.ratio(), g.belowFourFifths(), g.fisherP(),
                        g.ratioInterval() == null ? null : g.ratioInterval().lower(),
                        g.ratioInterval() == null ? null : g.ratioInterval().upper()));
            }
        }
        return CsvDownload.of("adverse-impact-" + intakeId + "-" + report.by() + (report.region() == null ? "" : "-" + report.region())
                + ".csv", CSV_COLUMNS, rows);
    }

    private static final List<String> CSV_COLUMNS = List.of("from", "to", "group", "state", "considered", "selected", "rate",
            "ratio", "belowFourFifths", "fisherP", "ratioLower", "ratioUpper");
}
