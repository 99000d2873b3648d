package org.ascend.reporting.breakdown.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.security.Caller;
import org.ascend.platform.web.CsvDownload;
import org.ascend.reporting.breakdown.Breakdown;
import org.ascend.reporting.breakdown.BreakdownService;
import org.ascend.reporting.equality.Characteristic;
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
class BreakdownController {

    private final BreakdownService breakdowns;

    BreakdownController(BreakdownService breakdowns) {
        this.breakdowns = breakdowns;
    }

    /**
     * An intake's stages (applied, eligible, shortlisted, offered, enrolled, completed) by region or by a protected
     * characteristic: {@code by} is one of region, ethnic-group (the five high-level groups), bme (BME/White), sex,
     * disability, age-band, sexual-orientation, religion-belief; each with "prefer not to say" and "not stated".
     * Below national level ({@code region}), and always for a regional lead (their region only), figures are
     * disclosure-controlled: 1-7 shown as *, others rounded to 5, with secondary suppression.
     */
    @GetMapping("/api/reporting/intakes/{intakeId}/breakdown")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
    Breakdown breakdown(@PathVariable UUID intakeId, @RequestParam String by,
            @RequestParam(required = false) @RegionCode String region) {
        return breakdowns.of(intakeId, Characteristic.named(by), region, Caller.current());
    }

    /** The same breakdown as CSV: a row per stage, a column per category and the total; suppressed figures as *. */
    @GetMapping(value = "/api/reporting/intakes/{intakeId}/breakdown/csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
    ResponseEntity<String> breakdownCsv(@PathVariable UUID intakeId, @RequestParam String by,
            @RequestParam(required = false) @RegionCode String region) {
        Breakdown breakdown = breakdowns.of(intakeId, Characteristic.named(by), region, Caller.current());
        List<String> header = new ArrayList<>(List.of("stage"));
        header.addAll(breakdown.categories());
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        for (Breakdown.StageRow stage : breakdown.stages()) {
            List<String> row = new ArrayList<>(List.of(stage.stage()));
            stage.counts().forEach(shown -> row.add(shown.text()));
            row.add(stage.total().text());
            rows.add(row);
        }
        return CsvDownload.of("breakdown-" + intakeId + "-" + breakdown.by() + (breakdown.region() == null ? "" : "-" + breakdown.region())
                + ".csv", header, rows);
    }
}
