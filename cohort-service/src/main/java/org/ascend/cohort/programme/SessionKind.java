package org.ascend.cohort.programme;

/** The kinds of session a development programme is made of. */
public enum SessionKind { MODULE, ACTION_LEARNING_SET, MASTERCLASS, COACHING, PLACEMENT, SHADOWING }
