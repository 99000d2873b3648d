package org.ascend.cohort.talent;

/** How soon a person in a talent pool is ready for the role families named. */
public enum Readiness { READY_NOW, READY_IN_1_TO_2_YEARS }
