package org.ascend.recruitment;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.ascend.platform.audit.AuditSpool;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every call to a personal-data endpoint, allowed or denied, leaves exactly one audit record, also when the audit store
 * is down at the time (docs/adr/0017-audit-spool.md).
 */
class AuditTrailTest extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditSpool spool;

    @Test
    void eachPersonalDataCallLeavesExactlyOneRecordIncludingRefusals() {
        String intakeId = openIntake(as("programme-manager"));
        Http owner = asNewApplicant();
        String submitPath = "/api/recruitment/intakes/" + intakeId + "/applications";

        String submitted = audited(id -> owner.post(submitPath, applicant(), Map.of("X-Correlation-Id", id)), 201,
                "application.submit");
        audited(id -> as("programme-manager").post(submitPath, applicant(), Map.of("X-Correlation-Id", id)), 403,
                "application.submit");

        String applicationId = jdbc.sql("SELECT id FROM application WHERE intake_id = CAST(:i AS uuid)")
                .param("i", intakeId).query(String.class).single();
        String readPath = "/api/recruitment/applications/" + applicationId;
        audited(id -> owner.get(readPath, Map.of("X-Correlation-Id", id)), 200, "application.read");
        audited(id -> asNewApplicant().get(readPath, Map.of("X-Correlation-Id", id)), 404, "application.read");
        audited(id -> as("assessor").get(readPath, Map.of("X-Correlation-Id", id)), 403, "application.read");
        audited(id -> anonymous.get(readPath, Map.of("X-Correlation-Id", id)), 401, "application.read");
        assertThat(submitted).isNotBlank();
    }

    @Test
    void aRefusalWhileTheAuditStoreIsDownIsWrittenOnceWhenItReturns() {
        String resource = "/api/recruitment/applications/" + UUID.randomUUID();
        String correlationId = UUID.randomUUID().toString();
        jdbc.sql("ALTER TABLE audit_record RENAME TO audit_record_offline").update(); // the store cannot take records
        try {
            assertThat(as("assessor").get(resource, Map.of("X-Correlation-Id", correlationId)).status()).isEqualTo(403);
        } finally {
            jdbc.sql("ALTER TABLE audit_record_offline RENAME TO audit_record").update();
        }

        spool.drain(); // as the scheduled run does once the store is back
        spool.drain(); // a second run writes nothing twice

        var records = jdbc.sql("SELECT action, resource, outcome, spooled_id IS NOT NULL FROM audit_record WHERE correlation_id = :id")
                .param("id", correlationId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " spooled=" + rs.getBoolean(4))
                .list();
        assertThat(records).containsExactly("application.read " + resource + " 403 spooled=true");
        assertThat(spool.pending()).isZero();
    }

    @Test
    void theTrailIsAppendOnlyEvenForTheServicesOwnDatabaseRole() {
        audited(id -> asNewApplicant().get("/api/recruitment/applications/" + UUID.randomUUID(),
                Map.of("X-Correlation-Id", id)), 404, "application.read");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET actor = 'someone-else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_record").update()).hasMessageContaining("append-only");
    }

    @Test
    void onlyPlatformAdminsReadTheTrail() {
        String resource = "/api/recruitment/applications/" + UUID.randomUUID();
        asNewApplicant().get(resource);

        var trail = as("platform-admin").get("/api/recruitment/audit?resource=" + resource);
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body().size()).isEqualTo(1);
        assertThat(trail.body().get(0).path("action").asString()).isEqualTo("application.read");
        assertThat(trail.body().get(0).path("actorRoles").asString()).isEqualTo("applicant");
        assertThat(as("programme-manager").get("/api/recruitment/audit").status()).isEqualTo(403);
    }

    /** Makes the call under a fresh correlation id and checks exactly one matching record; returns the id. */
    private String audited(Function<String, Http.Response> call, int expectedStatus, String action) {
        String correlationId = "audit-" + UUID.randomUUID();
        assertThat(call.apply(correlationId).status()).isEqualTo(expectedStatus);
        var records = jdbc.sql("SELECT action, outcome, actor FROM audit_record WHERE correlation_id = :id")
                .param("id", correlationId)
                .query((rs, n) -> Map.of("action", rs.getString(1), "outcome", rs.getInt(2), "actor", rs.getString(3)))
                .list();
        assertThat(records).as("audit records for " + action + " -> " + expectedStatus).hasSize(1);
        assertThat(records.get(0)).containsEntry("action", action).containsEntry("outcome", expectedStatus);
        assertThat((String) records.get(0).get("actor")).isNotBlank();
        return correlationId;
    }
}
