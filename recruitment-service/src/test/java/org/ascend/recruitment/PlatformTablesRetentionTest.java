package org.ascend.recruitment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.retention.PlatformTableRetention;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform's own tables forget: on a schedule, once the outbox has sent, and on erasure (docs/architecture.md). */
class PlatformTablesRetentionTest extends ServiceIntegrationTest {

    private static final List<String> PLATFORM_TABLES = List.of("outbox_record", "event_publication", "event_stream",
            "processed_event", "consumed_stream", "held_event", "idempotency_record", "audit_record", "shedlock");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTableRetention retention;

    @Test
    void theOutboxDeletesARecordOnceKafkaHasIt() {
        String intakeId = openIntake(as("programme-manager"));
        String applicationId = asNewApplicant().post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()).text("id");

        Awaitility.await("the application's publications sent and gone").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> rowsMentioning("outbox_record", applicationId), n -> n == 0);
    }

    @Test
    void afterAnErasureNoPlatformTableHoldsThePersonsData() {
        String intakeId = openIntake(as("programme-manager"));
        String subject = "applicant-" + UUID.randomUUID();
        var applicant = anonymous.withToken(org.ascend.platform.test.TestIdentity.token("applicant", c -> c.subject(subject)));
        var form = applicant();
        form.put("givenName", "Zephyrine");
        form.put("familyName", "Quillfeather");
        String email = form.get("applicantEmail").toString();
        String applicationId = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", form,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).text("id");
        assertThat(applicant.put("/api/recruitment/applications/" + applicationId + "/equality",
                Map.of("ethnicCategory", "N", "sex", "FEMALE")).status()).isEqualTo(200);
        assertThat(rowsMentioning("idempotency_record", "Quillfeather")).as("the stored response holds the name").isPositive();

        assertThat(applicant.post("/api/recruitment/me/erasure", Map.of("confirm", true)).status()).isEqualTo(200);

        Awaitility.await("the outbox has sent everything about them").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> rowsMentioning("outbox_record", applicationId), n -> n == 0);
        for (String table : PLATFORM_TABLES) {
            assertThat(rowsMentioning(table, "Quillfeather") + rowsMentioning(table, "Zephyrine") + rowsMentioning(table, email))
                    .as("personal data in " + table).isZero();
        }
    }

    @Test
    void eachPlatformTableForgetsAfterItsPeriod() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO processed_event (event_id, event_type, received_at) VALUES (:old, 't', now() - interval '31 days'), "
                + "(:recent, 't', now() - interval '29 days')").param("old", old).param("recent", recent).update();
        jdbc.sql("INSERT INTO idempotency_record (scope, key, subject, request_hash, status, body, created_at) VALUES "
                + "(:old, 'k', 's', 'h', 201, '{}', now() - interval '25 hours'), (:recent, 'k', 's', 'h', 201, '{}', now() - interval '23 hours')")
                .param("old", old).param("recent", recent).update();

        var deleted = retention.purge();

        assertThat(deleted).containsKeys("processed_event", "idempotency_record");
        assertThat(count("processed_event", "event_id", old) + count("idempotency_record", "scope", old))
                .as("past their periods").isZero();
        assertThat(count("processed_event", "event_id", recent) + count("idempotency_record", "scope", recent))
                .as("within their periods").isEqualTo(2);
    }

    private long rowsMentioning(String table, String text) {
        return jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text ILIKE '%' || :text || '%'")
                .param("text", text).query(Long.class).single();
    }

    private long count(String table, String column, String value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :value").param("value", value)
                .query(Long.class).single();
    }
}
