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

    /**
     * Every way screening can publish (each reason code, eligible, and both override directions) yields an
     * event that validates against the contract a regional system holds.
     */
    @Test
    void everyScreeningOutcomeAndOverrideMeetsTheContract() {
        Http manager = as("programme-manager");
        String schemeId = manager.post("/api/recruitment/schemes", Map.of("name", "Stepping Up", "ownerBody", "NHS England",
                "targetCohortSize", 20,
                "eligibility", Map.of("minBand", "8a", "maxBand", "8d", "regions", List.of("Y63"),
                        "professions", List.of("HR_AND_ORGANISATIONAL_DEVELOPMENT"), "organisationTypes", List.of("ACUTE_TRUST")),
                "positiveAction", Map.of("basis", "S158_TARGETED", "characteristic", "RACE",
                        "justification", "Black, Asian and minority ethnic staff are under-represented at director level."))).text("id");
        Instant now = Instant.now();
        String intakeId = createIntake(manager, schemeId, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
        assertThat(manager.post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);

        List<Map<String, Object>> variants = List.of(
                Map.of("confirmsTargetedGroup", true),
                Map.of("confirmsTargetedGroup", true, "band", "7"),
                Map.of("confirmsTargetedGroup", true, "band", "9"),
                Map.of("confirmsTargetedGroup", true, "regionCode", "Y56"),
                Map.of("confirmsTargetedGroup", true, "profession", "FINANCE"),
                Map.of("confirmsTargetedGroup", true, "organisationType", "INTEGRATED_CARE_BOARD"),
                Map.of("confirmsTargetedGroup", false));
        List<String> applicationIds = new java.util.ArrayList<>();
        for (Map<String, Object> variant : variants) {
            var body = applicant();
            body.putAll(variant);
            var response = asNewApplicant().post("/api/recruitment/intakes/" + intakeId + "/applications", body);
            assertThat(response.status()).as(variant.toString()).isEqualTo(201);
            applicationIds.add(response.text("id"));
        }
        String reason = "Evidence of equivalent experience seen and recorded by the panel";
        assertThat(manager.post("/api/recruitment/applications/" + applicationIds.get(1) + "/eligibility-override",
                Map.of("eligible", true, "reason", reason)).status()).isEqualTo(200);
        assertThat(manager.post("/api/recruitment/applications/" + applicationIds.get(0) + "/eligibility-override",
                Map.of("eligible", false, "reason", reason)).status()).isEqualTo(200);

        String type = "org.ascend.recruitment.application-screened.v1";
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.application.v1")) {
            var screened = probe.pollUntil(seen -> seen.stream().filter(r -> applicationIds.contains(r.key()))
                    .filter(r -> type.equals(TopicProbe.header(r, "ce_type"))).count() >= variants.size() + 2,
                    Duration.ofSeconds(30)).stream()
                    .filter(r -> applicationIds.contains(r.key()) && type.equals(TopicProbe.header(r, "ce_type"))).toList();
            java.util.Set<String> reasonsSeen = new java.util.TreeSet<>();
            for (var event : screened) {
                assertThat(EventContracts.validate(type, event.value())).as(new String(event.value())).isEmpty();
                String json = new String(event.value(), java.nio.charset.StandardCharsets.UTF_8);
                java.util.regex.Matcher codes = java.util.regex.Pattern.compile("\"([A-Z_]{6,})\"").matcher(json);
                while (codes.find()) {
                    reasonsSeen.add(codes.group(1));
                }
            }
            assertThat(reasonsSeen).containsAll(java.util.Arrays.stream(
                    org.ascend.recruitment.eligibility.EligibilityReason.values()).map(Enum::name).toList());
        }
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
