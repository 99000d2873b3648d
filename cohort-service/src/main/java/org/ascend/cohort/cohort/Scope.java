package org.ascend.cohort.cohort;

import java.util.List;

/**
 * Whom a cohort is for: the whole country, one NHS region, or one local system (an integrated care system, with
 * the ODS codes of its member organisations).
 */
public record Scope(Kind kind, String regionCode, String systemCode, List<String> memberOrganisations) {

    public enum Kind { NATIONAL, REGION, LOCAL_SYSTEM }

    public Scope {
        memberOrganisations = memberOrganisations == null ? List.of() : List.copyOf(memberOrganisations);
    }
}
