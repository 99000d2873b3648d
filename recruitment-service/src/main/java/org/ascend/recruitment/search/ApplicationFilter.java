package org.ascend.recruitment.search;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ascend.recruitment.application.ApplicationForm;
import org.ascend.recruitment.application.Sponsorship.Endorsement;

/**
 * What a programme manager narrows an intake's applications by; every part optional and bound from the
 * query string. {@code q} matches name, email or organisation code.
 */
public record ApplicationFilter(@Pattern(regexp = "SUBMITTED|WITHDRAWN") String status,
        @Pattern(regexp = ApplicationForm.REGION_CODES) String region,
        @Pattern(regexp = ApplicationForm.BANDS) String band,
        Boolean eligible,
        Endorsement endorsement,
        @Size(max = 100) String q) {
}
