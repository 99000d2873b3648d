package org.ascend.recruitment.eligibility;

/**
 * A scheme's lawful basis for positive action (docs/domain.md §2). {@code S158_TARGETED}: Equality Act
 * 2010 s.158 lets a scheme for a group with a recorded disadvantage or under-representation restrict
 * eligibility to it, with the justification written down (e.g. Stepping Up, for Black, Asian and
 * minority ethnic leaders). Applicants confirm they belong to the group on the application itself;
 * equality monitoring answers are never used for it (DPA 2018 Sch. 1 para 8).
 */
public record PositiveAction(Basis basis, ProtectedCharacteristic characteristic, String justification) {

    public enum Basis { NONE, S158_TARGETED }

    /** Equality Act 2010 s.4. */
    public enum ProtectedCharacteristic {
        AGE, DISABILITY, GENDER_REASSIGNMENT, MARRIAGE_AND_CIVIL_PARTNERSHIP, PREGNANCY_AND_MATERNITY, RACE,
        RELIGION_OR_BELIEF, SEX, SEXUAL_ORIENTATION
    }

    public static PositiveAction none() {
        return new PositiveAction(Basis.NONE, null, null);
    }

    public boolean targeted() {
        return basis == Basis.S158_TARGETED;
    }
}
