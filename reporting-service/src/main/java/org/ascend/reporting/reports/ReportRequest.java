package org.ascend.reporting.reports;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.reporting.web.RegionCode;

/** What to generate: the kind, the audience, and what it is about. */
public record ReportRequest(
        @NotNull @Schema(description = "INTAKE (needs intakeId), STOCKTAKE (needs schemeId) or END_OF_YEAR (needs financialYear)")
        ReportKind kind,
        @NotNull @Schema(description = "PROGRAMME_BOARD (national, as they are), REGIONAL (one region, controlled) or PUBLIC "
                + "(national, controlled); never above the caller's role") Audience audience,
        @RegionCode @Schema(description = "The region of a REGIONAL report; a regional lead's own by default") String region,
        UUID intakeId,
        UUID schemeId,
        @Pattern(regexp = "[0-9]{4}/[0-9]{2}", message = "must be a financial year such as 2018/19") String financialYear,
        @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text")
        @Schema(description = "A title for the cover, e.g. the scheme's name; one is made up when left out") String title) {

    /** What the report is about, as stored: the intake, the scheme or the financial year. 400 when it is missing. */
    public String subject() {
        String subject = switch (kind) {
            case INTAKE -> intakeId == null ? null : intakeId.toString();
            case STOCKTAKE -> schemeId == null ? null : schemeId.toString();
            case END_OF_YEAR -> financialYear;
        };
        if (subject == null) {
            String field = switch (kind) {
                case INTAKE -> "intakeId";
                case STOCKTAKE -> "schemeId";
                case END_OF_YEAR -> "financialYear";
            };
            throw ApiProblem.invalidFields(java.util.Map.of(field, "a " + kind + " report needs it"));
        }
        if (kind == ReportKind.END_OF_YEAR) {
            try {
                org.ascend.reporting.activity.FinancialYear.parse(financialYear);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidFields(java.util.Map.of("financialYear", e.getMessage()));
            }
        }
        return subject;
    }
}
