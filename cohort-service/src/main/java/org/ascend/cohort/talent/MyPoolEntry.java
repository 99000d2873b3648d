package org.ascend.cohort.talent;

import java.util.List;

/** A pool the caller is in, and who registered interest in them there. */
public record MyPoolEntry(String localSystem, PoolEntry entry, List<Interest> interest) {
}
