package org.ascend.assessment.allocation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ascend.assessment.allocation.events.ApplicantEmployerRecorded;
import org.ascend.assessment.assessmentcase.ApplicantsLeft;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applicants' employers, for the allocator only: no endpoint returns them. */
@Repository
public class ApplicantEmployers {

    private final JdbcClient jdbc;

    ApplicantEmployers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ApplicantEmployerRecorded recorded) {
        jdbc.sql("""
                INSERT INTO application_employer (application_id, intake_id, organisation_code, recorded_at)
                VALUES (:application, :intake, :org, :at) ON CONFLICT (application_id) DO NOTHING""")
                .param("application", recorded.applicationId()).param("intake", recorded.intakeId())
                .param("org", recorded.organisationCode()).param("at", Timestamp.from(Instant.now())).update();
    }

    /** Erasure: the allocator forgets them. */
    @EventListener
    void forget(ApplicantsLeft left) {
        forget(left.applicationIds());
    }

    private void forget(Collection<UUID> applicationIds) {
        if (!applicationIds.isEmpty()) {
            jdbc.sql("DELETE FROM application_employer WHERE application_id IN (:ids)").param("ids", applicationIds).update();
        }
    }

    Map<UUID, String> of(List<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT application_id, organisation_code FROM application_employer WHERE application_id IN (:ids)")
                .param("ids", applicationIds)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
