package org.ascend.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static org.ascend.recruitment.RecruitmentApiTest.assertProblem;
import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.createIntake;
import static org.assertj.core.api.Assertions.assertThat;

/** Eligibility: screened automatically on submission against the scheme's rules, overridable with a reason. */
class EligibilityScreeningTest extends ServiceIntegrationTest {

    @Test
    void applicantsOutsideTheRulesAreScreenedIneligibleWithReasonsAndTheRestEligible() {
        String intakeId = openIntakeOf(Map.of("minBand", "8a", "maxBand", "9", "regions", List.of("Y62", "Y63")));

        var outside = submit(intakeId, "6", "Y56");
        var inside = submit(intakeId, "8c", "Y63");

        assertThat(outside.body().path("eligible").asBoolean()).isFalse();
        assertThat(outside.body().path("eligibilityReasons").findValuesAsString("")).isEmpty();
        assertThat(outside.body().path("eligibilityReasons").toString()).contains("BAND_BELOW_MINIMUM", "REGION_NOT_COVERED");
        assertThat(inside.body().path("eligible").asBoolean()).isTrue();
        assertThat(inside.body().path("eligibilityReasons").size()).isZero();

        String applicationId = outside.text("id");
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.application.v1")) {
            var screened = probe.pollUntil(seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())
                    && "org.ascend.recruitment.application-screened.v1".equals(TopicProbe.header(r, "ce_type"))),
                    Duration.ofSeconds(30)).stream()
                    .filter(r -> applicationId.equals(r.key()))
                    .filter(r -> "org.ascend.recruitment.application-screened.v1".equals(TopicProbe.header(r, "ce_type")))
                    .findFirst().orElseThrow();
            assertThat(EventContracts.validate("org.ascend.recruitment.application-screened.v1", screened.value())).isEmpty();
            assertThat(TopicProbe.header(screened, "ce_aggregateversion")).isEqualTo("2");
        }
    }

    @Test
    void aProgrammeManagerMayOverrideWithARecordedReasonAndNobodyElseMay() {
        String intakeId = openIntakeOf(Map.of("minBand", "8a"));
        String applicationId = submit(intakeId, "7", "Y63").text("id");
        String override = "/api/recruitment/applications/" + applicationId + "/eligibility-override";

        assertProblem(as("programme-manager").post(override, Map.of("eligible", true)), 400, "validation");
        assertProblem(as("programme-manager").post(override, Map.of("eligible", true, "reason", "short")), 400, "validation");
        assertProblem(as("assessor").post(override, Map.of("eligible", true,
                "reason", "Acting up as band 8a since March, evidence seen")), 403, "forbidden");

        var decided = as("programme-manager").post(override, Map.of("eligible", true,
                "reason", "Acting up as band 8a since March, evidence seen"));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.body().path("eligible").asBoolean()).isTrue();
        assertThat(decided.body().path("eligibilityOverridden").asBoolean()).isTrue();
        assertThat(decided.body().path("eligibilityReasons").toString()).contains("BAND_BELOW_MINIMUM");
    }

    @Test
    void inconsistentRulesAreRefused() {
        var response = as("programme-manager").post("/api/recruitment/schemes", Map.of("name", "Backwards",
                "ownerBody", "NHS England", "targetCohortSize", 10, "eligibility", Map.of("minBand", "9", "maxBand", "8a", "regions", List.of("Y99"))));
        assertProblem(response, 400, "validation");
        assertThat(response.body().path("errors").toString()).contains("minBand must not be above maxBand", "region");
    }

    private String openIntakeOf(Map<String, Object> eligibility) {
        Http manager = as("programme-manager");
        String schemeId = manager.post("/api/recruitment/schemes", Map.of("name", "Stepping Up", "ownerBody", "NHS England", "targetCohortSize", 20,
                "eligibility", eligibility)).text("id");
        Instant now = Instant.now();
        String intakeId = createIntake(manager, schemeId, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
        assertThat(manager.post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);
        return intakeId;
    }

    private Http.Response submit(String intakeId, String band, String region) {
        var body = applicant();
        body.put("band", band);
        body.put("regionCode", region);
        var response = asNewApplicant().post("/api/recruitment/intakes/" + intakeId + "/applications", body);
        assertThat(response.status()).isEqualTo(201);
        return response;
    }
}
