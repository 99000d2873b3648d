package org.ascend.cohort.network;

/** What kind of network event was held. */
public enum EventKind { WORKSHOP, MASTERCLASS, NETWORK_MEETING, CONFERENCE }
