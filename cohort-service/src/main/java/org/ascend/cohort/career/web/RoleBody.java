package org.ascend.cohort.career.web;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.career.CareerRecord;
import org.ascend.cohort.career.Codes;
import org.ascend.cohort.career.OrganisationType;
import org.ascend.cohort.career.RoleFamily;

/**
 * A role as reported: employer (ODS code, type, NHS England region), title and family, band, dates, and whether it is
 * a board-level or director role and an interim post.
 */
record RoleBody(@NotBlank @Pattern(regexp = Codes.ODS_CODE, message = Codes.ODS_CODE_MESSAGE) String organisationCode,
        @NotNull OrganisationType organisationType,
        @Pattern(regexp = Codes.REGION_CODES, message = Codes.REGION_MESSAGE) String regionCode,
        @NotBlank @Size(max = 200) String roleTitle, @NotNull RoleFamily roleFamily,
        @NotBlank @Pattern(regexp = Codes.BANDS, message = Codes.BAND_MESSAGE) String band,
        @NotNull LocalDate startsOn, LocalDate endsOn, @NotNull Boolean boardLevel, @NotNull Boolean interim) {

    @AssertTrue(message = "endsOn must not be before startsOn")
    boolean isEndsOnAfterStart() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    CareerRecord.Role role() {
        return new CareerRecord.Role(organisationCode, organisationType, regionCode, roleTitle, roleFamily, band, startsOn,
                endsOn, boardLevel, interim);
    }
}
