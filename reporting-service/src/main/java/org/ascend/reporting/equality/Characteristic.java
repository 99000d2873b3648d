package org.ascend.reporting.equality;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a breakdown can be by (docs/reporting.md): each with its column and every category it can show, in order, so an
 * empty group is a 0, never missing. "Prefer not to say" and "not stated" are categories of their own.
 */
public enum Characteristic {
    REGION("region", "region_code", List.of("Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63")),
    ETHNIC_GROUP("ethnic-group", "ethnic_group", List.of("White", "Mixed", "Asian or Asian British", "Black or Black British",
            "Other ethnic groups")),
    BME("bme", "bme", List.of("BME", "White")),
    SEX("sex", "sex", List.of("FEMALE", "MALE")),
    DISABILITY("disability", "disability", List.of("YES", "NO")),
    AGE_BAND("age-band", "age_band", List.of("16-24", "25-34", "35-44", "45-54", "55-64", "65+")),
    SEXUAL_ORIENTATION("sexual-orientation", "sexual_orientation", List.of("BISEXUAL", "GAY_OR_LESBIAN", "HETEROSEXUAL", "OTHER")),
    RELIGION_BELIEF("religion-belief", "religion_belief", List.of("NO_RELIGION", "BUDDHIST", "CHRISTIAN", "HINDU", "JEWISH",
            "MUSLIM", "SIKH", "OTHER"));

    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";
    public static final String NOT_STATED = "NOT_STATED";

    private final String name;
    private final String column;
    private final List<String> answers;

    Characteristic(String name, String column, List<String> answers) {
        this.name = name;
        this.column = column;
        this.answers = answers;
    }

    public String id() {
        return name;
    }

    /** The column holding it (application_progress for region, application_equality otherwise). */
    public String column() {
        return column;
    }

    /** Its categories as columns of a table: the answers, then prefer not to say and not stated (region: unknown). */
    public List<String> categories() {
        if (this == REGION) {
            return java.util.stream.Stream.concat(answers.stream(), java.util.stream.Stream.of(NOT_STATED)).toList();
        }
        return java.util.stream.Stream.concat(answers.stream(), java.util.stream.Stream.of(PREFER_NOT_TO_SAY, NOT_STATED)).toList();
    }

    public static Optional<Characteristic> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.name.equals(id)).findFirst();
    }

    /** The characteristic a request names; a 400 problem listing the choices otherwise. */
    public static Characteristic named(String id) {
        return byId(id).orElseThrow(() -> org.ascend.platform.problem.ApiProblem.invalidFields(java.util.Map.of("by",
                "must be one of " + String.join(", ", ids()))));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Characteristic::id).toList();
    }
}
