package org.ascend.recruitment.equality;

import jakarta.validation.constraints.Pattern;

/**
 * The nine protected characteristics (Equality Act 2010 s.4), race as an ETHNIC CATEGORY code. Every
 * item optional (null: not answered); PREFER_NOT_TO_SAY is an answer (for ethnicity: code Z).
 */
public record EqualityAnswers(
        @Pattern(regexp = EthnicCategory.CODES, message = "must be an NHS ethnic category code A-S, Z or 99") String ethnicCategory,
        @Pattern(regexp = "16-24|25-34|35-44|45-54|55-64|65\\+|PREFER_NOT_TO_SAY") String ageBand,
        @Pattern(regexp = YES_NO) String disability,
        @Pattern(regexp = YES_NO) String genderReassignment,
        @Pattern(regexp = "MARRIED|CIVIL_PARTNERSHIP|NEITHER|PREFER_NOT_TO_SAY") String marriageCivilPartnership,
        @Pattern(regexp = YES_NO) String pregnancyMaternity,
        @Pattern(regexp = "NO_RELIGION|BUDDHIST|CHRISTIAN|HINDU|JEWISH|MUSLIM|SIKH|OTHER|PREFER_NOT_TO_SAY") String religionBelief,
        @Pattern(regexp = "FEMALE|MALE|PREFER_NOT_TO_SAY") String sex,
        @Pattern(regexp = "BISEXUAL|GAY_OR_LESBIAN|HETEROSEXUAL|OTHER|PREFER_NOT_TO_SAY") String sexualOrientation) {

    static final String YES_NO = "YES|NO|PREFER_NOT_TO_SAY";
}
