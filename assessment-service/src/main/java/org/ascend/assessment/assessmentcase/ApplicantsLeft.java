package org.ascend.assessment.assessmentcase;

import java.util.Collection;
import java.util.UUID;

/**
 * In this service only (never on Kafka): erased applicants have left the process, so every feature that
 * keeps something of theirs forgets it, in the same transaction (employers for allocation, cached packs).
 * Announced rather than called, so the case feature depends on none of them.
 */
public record ApplicantsLeft(Collection<UUID> applicationIds) {
}
