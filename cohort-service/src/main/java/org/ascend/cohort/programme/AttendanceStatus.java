package org.ascend.cohort.programme;

/** Whether a participant came to a session: attended, sent apologies, or was absent without them. */
public enum AttendanceStatus { ATTENDED, APOLOGIES, ABSENT }
