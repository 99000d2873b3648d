package org.ascend.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, item 3: the assessor pool, declared conflicts of interest and re-declaration. */
class AssessorPoolTest extends ServiceIntegrationTest {

    private static final String POOL = "/api/assessment/assessors";
    private static final String DECLARATION = POOL + "/me/declaration";

    @Autowired
    JdbcClient jdbc;

    @Test
    void assessorsDeclareAndReDeclareTheirConflictsAndEveryDeclarationStaysOnRecord() {
        String subject = "assessor-" + UUID.randomUUID();
        Http assessor = anonymous.withToken(TestIdentity.token("assessor", c -> c.subject(subject)));
        assertThat(assessor.get(POOL + "/me").text("type")).isEqualTo("urn:ascend:problem:not-in-pool");

        var added = as("programme-manager").post(POOL, Map.of("subject", subject, "displayName", "Chris Lowe",
                "organisationCode", "RX1"));
        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        assertThat(added.body().path("declaredAt").isNull()).as("not declared yet").isTrue();
        assertThat(as("programme-manager").post(POOL, Map.of("subject", subject, "displayName", "Again",
                "organisationCode", "RX1")).status()).isEqualTo(409);

        var declared = assessor.put(DECLARATION, Map.of("conflicts", List.of(
                Map.of("kind", "LINE_MANAGEMENT", "organisationCode", "RJ1", "note", "I manage a team there"),
                Map.of("kind", "PERSONAL", "organisationCode", "RWE"))));
        assertThat(declared.status()).as(declared.body().toString()).isEqualTo(200);
        assertThat(declared.body().path("conflicts").findValuesAsString("organisationCode")).containsExactly("RJ1", "RWE");
        String firstDeclaration = declared.text("declaredAt");

        var none = assessor.put(DECLARATION, Map.of("conflicts", List.of()));
        assertThat(none.body().path("conflicts").size()).as("a re-declaration replaces the last").isZero();
        assertThat(java.time.Instant.parse(none.text("declaredAt"))).isAfter(java.time.Instant.parse(firstDeclaration));
        assertThat(jdbc.sql("SELECT count(*) FROM conflict_declaration WHERE assessor_subject = :s AND superseded_at IS NOT NULL")
                .param("s", subject).query(Long.class).single()).as("what was declared when stays on record").isEqualTo(2);

        var pool = as("programme-manager").get(POOL);
        assertThat(pool.body().findValuesAsString("subject")).contains(subject);
    }

    @Test
    void badDeclarationsAreRefusedAndChangeNothing() {
        String subject = "assessor-" + UUID.randomUUID();
        as("programme-manager").post(POOL, Map.of("subject", subject, "displayName", "Priya Nair", "organisationCode", "RX1"));
        Http assessor = anonymous.withToken(TestIdentity.token("moderator", c -> c.subject(subject)));
        assessor.put(DECLARATION, Map.of("conflicts", List.of(Map.of("kind", "PERSONAL", "organisationCode", "RJ1"))));

        assertField(assessor.put(DECLARATION, Map.of("conflicts", List.of(Map.of("kind", "PERSONAL", "organisationCode", "RX1")))),
                "your own organisation");
        assertField(assessor.put(DECLARATION, Map.of("conflicts", List.of(Map.of("kind", "PERSONAL", "organisationCode", "RJ1"),
                Map.of("kind", "OTHER", "organisationCode", "RJ1")))), "declare each organisation once");
        assertField(assessor.put(DECLARATION, Map.of("conflicts", List.of(Map.of("kind", "PERSONAL", "organisationCode", "not ods")))),
                "must be an NHS ODS organisation code");
        assertField(assessor.put(DECLARATION, Map.of()), "must not be null");
        assertThat(assessor.get(POOL + "/me").body().path("conflicts").findValuesAsString("organisationCode"))
                .as("the last good declaration stands").containsExactly("RJ1");
        assertField(as("programme-manager").post(POOL, Map.of("subject", "x", "displayName", "X", "organisationCode", "??")),
                "must be an NHS ODS organisation code");

        assertThat(as("assessor").post(POOL, Map.of("subject", "y", "displayName", "Y", "organisationCode", "RX1")).status())
                .isEqualTo(403);
        assertThat(as("assessor").get(POOL).status()).as("the pool with its employers is the programme team's").isEqualTo(403);
        assertThat(as("applicant").get(POOL + "/me").status()).isEqualTo(403);
    }

    private static void assertField(Http.Response response, String message) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsString("message")).anyMatch(m -> m.startsWith(message));
    }
}
