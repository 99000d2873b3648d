package org.ascend.platform.audit;

import java.time.Instant;

/** One audited call. {@code outcome} is the HTTP status the caller got. */
public record AuditRecord(long id, Instant at, String actor, String actorRoles, String action, String resource,
        int outcome, String correlationId) {
}
