package org.ascend.cohort.network;

import java.time.Instant;
import java.util.UUID;

/** A regional network, e.g. a region's HR Director network (docs/cohorts.md, "Regional networks"). */
public record RegionalNetwork(UUID id, String name, String regionCode, Instant createdAt) {
}
