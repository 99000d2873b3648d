package org.ascend.recruitment.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.ascend.platform.audit.Audited;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.web.CsvDownload;
import org.ascend.recruitment.application.ApplicantProfile;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationView;
import org.ascend.recruitment.intake.IntakeService;
import org.ascend.recruitment.search.ApplicationFilter;
import org.ascend.recruitment.search.ApplicationSearch;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme team's list of an intake's applications: filters, sorting, pages, and a CSV export.
 * Equality monitoring data is in another table and never joined here (docs/domain.md §2).
 */
@RestController
@RequestMapping("/api/recruitment/intakes/{intakeId}/applications")
@PreAuthorize("hasRole('programme-manager')")
class ApplicationListController {

    record PageView(List<ApplicationView> items, int page, int size, long total) {
    }

    private static final int EXPORT_PAGE = 500;
    private static final List<String> CSV_COLUMNS = List.of("applicationId", "status", "submittedAt", "givenName",
            "familyName", "email", "regionCode", "band", "profession", "organisationCode", "organisationType",
            "currentRole", "eligible", "eligibilityReasons", "eligibilityOverridden", "sponsorName", "endorsement");

    private final ApplicationSearch search;
    private final IntakeService intakes;

    ApplicationListController(ApplicationSearch search, IntakeService intakes) {
        this.search = search;
        this.intakes = intakes;
    }

    /**
     * Search an intake's applications. Filter by status, region, band, eligibility, endorsement or text; sort
     * and page. Never equality data.
     */
    @GetMapping
    @Audited("application.list")
    PageView list(@PathVariable UUID intakeId, @Valid @ParameterObject ApplicationFilter filter,
            @RequestParam(defaultValue = "submittedAt") String sort,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = "asc|desc") String direction,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        intakes.get(intakeId);
        checkSort(sort);
        var found = search.find(intakeId, filter, sort, direction.equals("desc"), page, size);
        return new PageView(found.items().stream().map(ApplicationView::of).toList(), found.page(), found.size(), found.total());
    }

    /** Export an intake's applications as CSV. The same filters as the search; never equality data. */
    @GetMapping(value = "/export", produces = "text/csv")
    @Audited("application.export")
    ResponseEntity<String> export(@PathVariable UUID intakeId, @Valid @ParameterObject ApplicationFilter filter) {
        intakes.get(intakeId);
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            var found = search.find(intakeId, filter, "submittedAt", false, page, EXPORT_PAGE);
            found.items().forEach(a -> rows.add(row(a)));
            if ((long) (page + 1) * EXPORT_PAGE >= found.total()) {
                break;
            }
        }
        return CsvDownload.of("applications-" + intakeId + ".csv", CSV_COLUMNS, rows);
    }

    private static List<String> row(Application a) {
        ApplicantProfile p = a.profile();
        List<String> row = new ArrayList<>();
        for (Object value : new Object[] {a.id(), a.status(), a.submittedAt(), p.givenName(), p.familyName(), p.email(),
                p.regionCode(), p.band(), p.profession(), p.organisationCode(), p.organisationType(), p.currentRole(),
                a.eligible(), String.join(" ", a.eligibilityReasons()), a.eligibilityOverride() != null,
                a.sponsorship().name(), a.sponsorship().endorsement()}) {
            row.add(value == null ? "" : value.toString());
        }
        return row;
    }

    private static void checkSort(String sort) {
        if (!ApplicationSearch.SORTS.containsKey(sort)) {
            throw ApiProblem.invalidFields(java.util.Map.of("sort", "must be one of " + new java.util.TreeSet<>(ApplicationSearch.SORTS.keySet())));
        }
    }
}
