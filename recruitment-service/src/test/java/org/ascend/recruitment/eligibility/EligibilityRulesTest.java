package org.ascend.recruitment.eligibility;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Screening without HTTP: each rule gives its own reason code, rules left empty restrict nothing. */
class EligibilityRulesTest {

    private static final EligibilityRules ALL_RULES = new EligibilityRules("8a", "8d", Set.of("Y63"),
            Set.of(Profession.HR_AND_ORGANISATIONAL_DEVELOPMENT), Set.of(OrganisationType.ACUTE_TRUST));
    private static final PositiveAction TARGETED = new PositiveAction(PositiveAction.Basis.S158_TARGETED,
            PositiveAction.ProtectedCharacteristic.RACE, "Under-represented at director level in the region's trusts.");

    @Test
    void aCandidateInsideEveryRuleIsEligible() {
        var screening = ALL_RULES.screen(candidate("8c", "Y63", true), TARGETED);

        assertThat(screening.eligible()).isTrue();
        assertThat(screening.reasons()).isEmpty();
    }

    @Test
    void eachRuleGivesItsOwnReason() {
        assertThat(ALL_RULES.screen(candidate("7", "Y63", true), TARGETED).reasons()).containsExactly(EligibilityReason.BAND_BELOW_MINIMUM);
        assertThat(ALL_RULES.screen(candidate("9", "Y63", true), TARGETED).reasons()).containsExactly(EligibilityReason.BAND_ABOVE_MAXIMUM);
        assertThat(ALL_RULES.screen(candidate("8c", "Y56", true), TARGETED).reasons()).containsExactly(EligibilityReason.REGION_NOT_COVERED);
        assertThat(ALL_RULES.screen(new EligibilityRules.Candidate("8c", "Y63", Profession.FINANCE, OrganisationType.ACUTE_TRUST, true),
                TARGETED).reasons()).containsExactly(EligibilityReason.PROFESSION_NOT_ELIGIBLE);
        assertThat(ALL_RULES.screen(new EligibilityRules.Candidate("8c", "Y63", Profession.HR_AND_ORGANISATIONAL_DEVELOPMENT,
                OrganisationType.INTEGRATED_CARE_BOARD, true), TARGETED).reasons())
                .containsExactly(EligibilityReason.ORGANISATION_TYPE_NOT_ELIGIBLE);
        assertThat(ALL_RULES.screen(candidate("8c", "Y63", false), TARGETED).reasons())
                .containsExactly(EligibilityReason.POSITIVE_ACTION_GROUP_NOT_CONFIRMED);
    }

    @Test
    void everyFailedRuleIsReportedAtOnce() {
        var screening = ALL_RULES.screen(new EligibilityRules.Candidate("6", "Y56", Profession.FINANCE,
                OrganisationType.PRIMARY_CARE, false), TARGETED);

        assertThat(screening.eligible()).isFalse();
        assertThat(screening.reasons()).containsExactly(EligibilityReason.BAND_BELOW_MINIMUM, EligibilityReason.REGION_NOT_COVERED,
                EligibilityReason.PROFESSION_NOT_ELIGIBLE, EligibilityReason.ORGANISATION_TYPE_NOT_ELIGIBLE,
                EligibilityReason.POSITIVE_ACTION_GROUP_NOT_CONFIRMED);
    }

    @Test
    void bandsCompareInAgendaForChangeOrderWithVsmAtTheTop() {
        assertThat(ALL_RULES.screen(candidate("8b", "Y63", true), TARGETED).eligible()).isTrue();
        assertThat(ALL_RULES.screen(candidate("VSM", "Y63", true), TARGETED).reasons())
                .containsExactly(EligibilityReason.BAND_ABOVE_MAXIMUM);
    }

    @Test
    void noRulesAndNoPositiveActionRestrictNothing() {
        var screening = EligibilityRules.none().screen(new EligibilityRules.Candidate("1", "Y58", Profession.OTHER,
                OrganisationType.OTHER, false), PositiveAction.none());

        assertThat(screening.eligible()).isTrue();
    }

    private static EligibilityRules.Candidate candidate(String band, String region, boolean confirmsTargetedGroup) {
        return new EligibilityRules.Candidate(band, region, Profession.HR_AND_ORGANISATIONAL_DEVELOPMENT,
                OrganisationType.ACUTE_TRUST, confirmsTargetedGroup);
    }
}
