package org.ascend.cohort.career;

/** Kinds of role a career record names, so progression can be counted without reading titles (docs/cohorts.md). */
public enum RoleFamily {
    CHIEF_PEOPLE_OFFICER, DIRECTOR_OF_WORKFORCE, OTHER_DIRECTOR, DEPUTY_DIRECTOR, ASSOCIATE_DIRECTOR, HEAD_OF_SERVICE,
    OTHER
}
