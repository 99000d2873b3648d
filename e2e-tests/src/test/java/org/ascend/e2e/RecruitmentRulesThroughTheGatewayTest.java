package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's rules as a client meets them: through the gateway, with tokens from the real identity
 * provider, each applicant a distinct person. The services' own tests cover every variant; this
 * checks the rules hold end to end, and that an erasure reaches the other services.
 */
@ExtendWith(LocalPlatform.Running.class)
class RecruitmentRulesThroughTheGatewayTest {

    private static final Http gateway = new Http(LocalPlatform.GATEWAY);
    private static Http programmeManager;
    private static String schemeId;

    @BeforeAll
    static void aSchemeForBand8cAndAbove() {
        programmeManager = gateway.withToken(LocalPlatform.token("programme-manager"));
        var scheme = programmeManager.post("/api/recruitment/schemes", Map.of("name", "Gateway rules scheme",
                "ownerBody", "NHS England", "targetCohortSize", 15, "eligibility", Map.of("minBand", "8c")));
        assertThat(scheme.status()).as(scheme.body().toString()).isEqualTo(201);
        schemeId = scheme.text("id");
    }

    @Test
    void theWindowOnePerPersonIdempotencyAndWithdrawalHold() {
        Instant now = Instant.now();
        String future = intake(now.plus(1, ChronoUnit.DAYS), now.plus(2, ChronoUnit.DAYS));
        Http applicant = newApplicant();
        assertThat(applicant.post(applications(future), form("8c")).text("type")).isEqualTo("urn:ascend:problem:intake-not-open");

        String open = intake(now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS));
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = form("8c");
        var first = applicant.post(applications(open), form, Map.of("Idempotency-Key", key));
        var retry = applicant.post(applications(open), form, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        var second = applicant.post(applications(open), form("8c")); // the same person, another address
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("type")).isEqualTo("urn:ascend:problem:duplicate-application");

        String applicationId = first.text("id");
        assertThat(applicant.post("/api/recruitment/applications/" + applicationId + "/withdraw", "").text("status"))
                .isEqualTo("WITHDRAWN");
        assertThat(newApplicant().post("/api/recruitment/applications/" + applicationId + "/withdraw", "").status())
                .as("someone else's application is not found").isEqualTo(404);
    }

    @Test
    void screeningOverrideSponsorAndObjectionHold() {
        Instant now = Instant.now();
        String intakeId = intake(now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS));
        Http applicant = newApplicant();
        Map<String, Object> form = form("8a");
        form.put("sponsor", Map.of("name", "Dr Helen Shaw", "email", "sponsor@demo.ascend.example"));
        var submitted = applicant.post(applications(intakeId), form);
        assertThat(submitted.body().path("eligible").asBoolean()).isFalse();
        assertThat(submitted.body().path("eligibilityReasons").toString()).contains("BAND_BELOW_MINIMUM");
        String applicationId = submitted.text("id");

        String override = "/api/recruitment/applications/" + applicationId + "/eligibility-override";
        assertThat(programmeManager.post(override, Map.of("eligible", true)).status()).isEqualTo(400);
        var overridden = programmeManager.post(override, Map.of("eligible", true,
                "reason", "Acting up at 8c for 14 months; evidence seen by the panel chair"));
        assertThat(overridden.body().path("eligible").asBoolean()).isTrue();
        assertThat(overridden.body().path("eligibilityOverridden").asBoolean()).isTrue();

        Http sponsor = gateway.withToken(LocalPlatform.token("sponsor"));
        var endorsed = sponsor.post("/api/recruitment/sponsor/applications/" + applicationId + "/endorsement",
                Map.of("decision", "ENDORSED", "comment", "Ready"));
        assertThat(endorsed.text("endorsement")).isEqualTo("ENDORSED");

        String equality = "/api/recruitment/applications/" + applicationId + "/equality";
        assertThat(applicant.put(equality, Map.of("ethnicCategory", "H")).status()).isEqualTo(200);
        assertThat(applicant.post(equality + "/objection", "").status()).isEqualTo(200);
        assertThat(applicant.put(equality, Map.of("ethnicCategory", "H")).status())
                .as("a written objection stops further processing").isEqualTo(409);
    }

    @Test
    void anErasureReachesAssessment() {
        Instant now = Instant.now();
        String intakeId = intake(now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS));
        String user = benchApplicant();
        Http applicant = gateway.withToken(LocalPlatform.token(user));
        String applicationId = applicant.post(applications(intakeId), form("8c")).text("id");
        String cases = "/api/assessment/cases?intakeId=" + intakeId;
        Awaitility.await("assessment opens the case").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> programmeManager.get(cases), r -> r.status() == 200 && r.body().size() == 1);

        var erased = gateway.withToken(LocalPlatform.token("platform-admin")).post(
                "/api/recruitment/applicants/" + user + "/erasure", Map.of("confirm", true, "requestReference", "DSAR-E2E"));
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);

        var closed = Awaitility.await("assessment closes the erased applicant's case").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> programmeManager.get(cases), r -> r.body().toString().contains("ERASED"));
        assertThat(closed.body().get(0).path("applicationId").asString()).isEqualTo(applicationId);
        assertThat(programmeManager.get("/api/recruitment/applications/" + applicationId).body().toString())
                .doesNotContain("Rules", "Gateway");
    }

    private static String intake(Instant opensAt, Instant closesAt) {
        var intake = programmeManager.post("/api/recruitment/schemes/" + schemeId + "/intakes", Map.of("name", "Round",
                "places", 15, "opensAt", opensAt.toString(), "closesAt", closesAt.toString()));
        assertThat(intake.status()).as(intake.body().toString()).isEqualTo(201);
        String id = intake.text("id");
        assertThat(programmeManager.post("/api/recruitment/intakes/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    private static String applications(String intakeId) {
        return "/api/recruitment/intakes/" + intakeId + "/applications";
    }

    /** A person no other test is: the local identity provider's benchmark applicants. */
    private static String benchApplicant() {
        return "bench-applicant-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private static Http newApplicant() {
        return gateway.withToken(LocalPlatform.token(benchApplicant()));
    }

    private static Map<String, Object> form(String band) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("applicantEmail", "rules-" + UUID.randomUUID() + "@nhs.example");
        form.put("givenName", "Gateway");
        form.put("familyName", "Rules");
        form.put("regionCode", "Y62");
        form.put("band", band);
        form.put("organisationCode", "RW3");
        form.put("organisationType", "ACUTE_TRUST");
        form.put("profession", "OPERATIONAL_MANAGEMENT");
        form.put("currentRole", "Deputy Chief Operating Officer");
        return form;
    }
}
