package org.ascend.recruitment.application;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ascend.recruitment.eligibility.OrganisationType;
import org.ascend.recruitment.eligibility.Profession;

/**
 * A complete application as the applicant sends it, directly or from a saved draft. Answers are keyed
 * by question id: text for free text and single choice, a list for multiple choice.
 */
public record ApplicationForm(
        @NotBlank @Email @Size(max = 254) String applicantEmail,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Pattern(regexp = REGION_CODES, message = "must be an NHS England region code (Y56, Y58-Y63)") String regionCode,
        @NotBlank @Pattern(regexp = BANDS, message = "must be an Agenda for Change band 1-9, 8a-8d or VSM") String band,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9]{3,6}", message = "must be an NHS ODS organisation code") String organisationCode,
        @NotNull OrganisationType organisationType,
        @NotNull Profession profession,
        @NotBlank @Size(max = 200) String currentRole,
        Boolean confirmsTargetedGroup,
        Map<String, Object> answers,
        @Valid NamedSponsor sponsor) {

    /** NHS England region codes (docs/domain.md §1: the seven regions). */
    public static final String REGION_CODES = "Y56|Y58|Y59|Y60|Y61|Y62|Y63";
    /** Agenda for Change bands 1-9 (8a-8d) and very senior managers. */
    public static final String BANDS = "[1-7]|8[a-d]|9|VSM";

    public record NamedSponsor(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email) {
    }
}
