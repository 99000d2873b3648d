package org.ascend.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.ascend.platform.test.CloudEventRecords;
import org.awaitility.Awaitility;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelConsumerTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void countsEachApplicationOnceWhateverIsRedelivered() {
        String intakeId = UUID.randomUUID().toString();
        send("ascend.recruitment.intake.v1", intakeId, "org.ascend.recruitment.intake-opened.v1",
                Map.of("intakeId", intakeId, "places", 15));
        String[] applications = {UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        for (String applicationId : applications) {
            var submitted = CloudEventRecords.binary("ascend.recruitment.application.v1", applicationId,
                    "org.ascend.recruitment.application-submitted.v1", JSON.writeValueAsBytes(Map.of(
                            "applicationId", applicationId, "intakeId", intakeId, "regionCode", "Y56",
                            "submittedAt", "2026-11-22T09:00:00Z")));
            TopicProbe.send(TestInfrastructure.kafka(), submitted);
            TopicProbe.send(TestInfrastructure.kafka(), submitted); // redelivered: same event id
        }
        // Republished by the outbox with a fresh event id: still the same application.
        submitted(applications[0], intakeId, "Y56");

        JsonNode funnel = awaitFunnel(intakeId, Map.of("applied", 3L));
        assertThat(funnel.path("places").asInt()).isEqualTo(15);
        assertThat(funnel.path("intakeStatus").asString()).isEqualTo("OPEN");
    }

    /**
     * The complaint: the demo's 2019 intake showed 42 applied and 42 "in assessment", though 2 withdrew and 9
     * were ineligible. A known population of ten, through every stage, with events arriving across topics in any order.
     */
    @Test
    void everyStageCountsWhoReachedItAndLeaversAreCountedApart() {
        String intakeId = UUID.randomUUID().toString();
        List<String> a = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            a.add(UUID.randomUUID().toString());
        }
        // Screening, and even an erasure, can overtake submission (different topics): the funnel must not care.
        screened(a.get(9), intakeId, false);
        send("ascend.recruitment.applicant.v1", UUID.randomUUID().toString(), "org.ascend.recruitment.applicant-erased.v1",
                Map.of("erasureId", UUID.randomUUID().toString(), "applicationIds", List.of(a.get(5)), "reason", "ERASURE_REQUEST",
                        "erasedAt", "2026-11-21T09:00:00Z"));
        for (int i = 0; i < 10; i++) {
            submitted(a.get(i), intakeId, i < 5 ? "Y56" : "Y63");
        }
        for (int i = 0; i < 9; i++) {
            screened(a.get(i), intakeId, i != 8); // 8 and 9 ineligible
        }
        for (int i = 0; i < 6; i++) {
            send("ascend.recruitment.application.v1", a.get(i), "org.ascend.recruitment.application-endorsed.v1", Map.of(
                    "applicationId", a.get(i), "intakeId", intakeId, "decision", i == 5 ? "DECLINED" : "ENDORSED",
                    "decidedAt", "2026-11-23T09:00:00Z"));
        }
        send("ascend.recruitment.application.v1", a.get(7), "org.ascend.recruitment.application-withdrawn.v1",
                Map.of("applicationId", a.get(7), "intakeId", intakeId, "withdrawnAt", "2026-11-24T09:00:00Z"));
        for (int i = 0; i < 7; i++) {
            decided(a.get(i), intakeId, "SIFT", i < 5);
        }
        for (int i = 0; i < 5; i++) {
            decided(a.get(i), intakeId, "INTERVIEW", i < 3);
        }
        for (int i = 0; i < 3; i++) {
            cohort("ascend.cohort.offer.v1", "org.ascend.cohort.offer-made.v1", a.get(i), intakeId);
        }
        for (int i = 0; i < 2; i++) {
            cohort("ascend.cohort.participant.v1", "org.ascend.cohort.participant-enrolled.v1", a.get(i), intakeId);
        }
        cohort("ascend.cohort.participant.v1", "org.ascend.cohort.participant-completed.v1", a.get(0), intakeId);
        cohort("ascend.cohort.participant.v1", "org.ascend.cohort.participant-withdrawn.v1", a.get(1), intakeId);
        send("ascend.recruitment.applicant.v1", UUID.randomUUID().toString(), "org.ascend.recruitment.applicant-erased.v1",
                Map.of("erasureId", UUID.randomUUID().toString(), "applicationIds", List.of(a.get(6)), "reason", "ERASURE_REQUEST",
                        "erasedAt", "2026-11-25T09:00:00Z"));

        Map<String, Long> expected = new java.util.LinkedHashMap<>();
        expected.put("applied", 10L);
        expected.put("eligible", 8L);
        expected.put("endorsed", 5L);
        expected.put("shortlisted", 5L);
        expected.put("assessed-interview", 5L);
        expected.put("progressed-interview", 3L);
        expected.put("offered", 3L);
        expected.put("enrolled", 2L);
        expected.put("completed", 1L);
        JsonNode funnel = awaitFunnel(intakeId, expected);
        Awaitility.await("both erasures counted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("analyst").get("/api/reporting/intakes/" + intakeId + "/funnel").body().path("left").path("erased").asInt() == 2);
        JsonNode left = as("analyst").get("/api/reporting/intakes/" + intakeId + "/funnel").body().path("left");
        assertThat(left.path("withdrawn").asInt()).isEqualTo(1);
        assertThat(left.path("ineligible").asInt()).isEqualTo(2);
        assertThat(left.path("leftProgramme").asInt()).isEqualTo(1);
        assertThat(stage(as("analyst").get("/api/reporting/intakes/" + intakeId + "/funnel").body(), "applied"))
                .as("an erased person stays in the counts").isEqualTo(10);
        assertThat(funnel.path("stages").findValuesAsString("stage")).doesNotContain("in-assessment", "assessed-assessment-centre");
        String csv = as("analyst").get("/api/reporting/intakes/" + intakeId + "/funnel/csv").body().asString();
        assertThat(csv).startsWith("stage,count,meaning\r\n").contains("\r\napplied,10,", "\r\nshortlisted,5,",
                "\r\nprogressed-interview,3,", "\r\ncompleted,1,", "\r\nprogressed,,", "\r\nleft-ineligible,2,");
    }

    private void submitted(String applicationId, String intakeId, String region) {
        send("ascend.recruitment.application.v1", applicationId, "org.ascend.recruitment.application-submitted.v1",
                Map.of("applicationId", applicationId, "intakeId", intakeId, "regionCode", region, "submittedAt", "2026-11-22T09:00:00Z"));
    }

    private void screened(String applicationId, String intakeId, boolean eligible) {
        send("ascend.recruitment.application.v1", applicationId, "org.ascend.recruitment.application-screened.v1",
                Map.of("applicationId", applicationId, "intakeId", intakeId, "eligible", eligible, "overridden", false,
                        "reasons", List.of()));
    }

    private void decided(String applicationId, String intakeId, String stage, boolean progress) {
        send("ascend.assessment.case.v1", UUID.randomUUID().toString(), "org.ascend.assessment.stage-outcome-decided.v1",
                Map.of("caseId", UUID.randomUUID().toString(), "applicationId", applicationId, "intakeId", intakeId,
                        "stage", stage, "decision", progress ? "PROGRESS" : "NOT_PROGRESS", "finalScore", 3.5, "tieBreak", false));
    }

    /**
     * A cohort event as cohort-service sends it: one participant (and one offer) per application, in one cohort, keyed
     * by the participant (or offer) id, so that a participant's events stay in order on their partition.
     */
    private void cohort(String topic, String type, String applicationId, String intakeId) {
        String participant = derived(applicationId, "participant");
        String offer = derived(applicationId, "offer");
        send(topic, topic.equals("ascend.cohort.offer.v1") ? offer : participant, type, Map.of("applicationId", applicationId,
                "intakeId", intakeId, "cohortId", derived(intakeId, "cohort"), "participantId", participant, "offerId", offer));
    }

    private static String derived(String id, String what) {
        return UUID.nameUUIDFromBytes((what + ":" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Issue 12, item 5: each stage's reliability beside the funnel, the latest version assessment published. */
    @Test
    void theFunnelShowsEachStagesLatestReliability() {
        String intakeId = UUID.randomUUID().toString();
        submitted(UUID.randomUUID().toString(), intakeId, "Y56");
        reliability(intakeId, "INTERVIEW", 1, 0.41, "POOR");
        reliability(intakeId, "SIFT", 2, 0.86, "GOOD");
        reliability(intakeId, "SIFT", 1, 0.52, "POOR"); // an older version, read late: ignored
        String path = "/api/reporting/intakes/" + intakeId + "/funnel";
        JsonNode funnel = Awaitility.await("both stages' figures").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("analyst").get(path).body(), body -> body.path("reliability").size() == 2
                        && body.path("reliability").get(0).path("weighted").path("alphaOrdinal").asDouble() == 0.86);
        assertThat(funnel.path("reliability").findValuesAsString("stage")).containsExactly("SIFT", "INTERVIEW");
        JsonNode sift = funnel.path("reliability").get(0);
        assertThat(sift.path("weighted").path("alphaBand").asString()).isEqualTo("GOOD");
        assertThat(sift.path("weighted").path("alphaOrdinalInterval").path("lower").asDouble()).isEqualTo(0.76);
        assertThat(sift.path("criteria").get(0).path("criterion").asString()).isEqualTo("vision");
        assertThat(sift.path("cases").asInt()).isEqualTo(40);
    }

    private void reliability(String intakeId, String stage, int version, double alpha, String band) {
        Map<String, Object> figures = new java.util.HashMap<>();
        figures.put("alphaOrdinal", alpha);
        figures.put("alphaOrdinalInterval", Map.of("lower", alpha - 0.1, "upper", alpha + 0.05));
        figures.put("alphaBand", band);
        figures.put("iccBand", "INSUFFICIENT_DATA");
        figures.put("iccBasis", "no two cases share the same assessors");
        Map<String, Object> criterion = new java.util.HashMap<>(figures);
        criterion.put("criterion", "vision");
        Map<String, Object> weighted = new java.util.HashMap<>(figures);
        weighted.put("criterion", "weighted");
        var record = CloudEventRecords.binary("ascend.assessment.reliability.v1", intakeId + "/" + stage,
                "org.ascend.assessment.stage-reliability-updated.v1", JSON.writeValueAsBytes(Map.of("intakeId", intakeId,
                        "stage", stage, "cases", 40, "sheets", 80, "criteria", List.of(criterion), "weighted", weighted,
                        "aggregateVersion", version)));
        record.headers().remove("ce_aggregateversion");
        record.headers().add("ce_aggregateversion", String.valueOf(version).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TopicProbe.send(TestInfrastructure.kafka(), record);
    }

    @Test
    void unknownIntakeIsA404ProblemThatSaysWhatToDo() {
        var response = as("platform-admin").get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("Check the id");
        assertThat(as("applicant").get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel").status()).isEqualTo(403);
    }

    private void send(String topic, String key, String type, Map<String, Object> data) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data));
        TopicProbe.send(TestInfrastructure.kafka(), record);
    }

    private JsonNode awaitFunnel(String intakeId, Map<String, Long> expected) {
        String funnel = "/api/reporting/intakes/" + intakeId + "/funnel";
        // Exactly these counts, and still so a second later: a wrongful extra count (a replay counted twice) fails it.
        Awaitility.await("the funnel counts, and no more").atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(250)).until(() -> as("analyst").get(funnel).body(),
                        body -> expected.entrySet().stream().allMatch(e -> stage(body, e.getKey()) == e.getValue()));
        return as("programme-manager").get(funnel).body();
    }

    private static long stage(JsonNode funnel, String name) {
        for (JsonNode stage : funnel.path("stages")) {
            if (name.equals(stage.path("stage").asString())) {
                return stage.path("count").asLong();
            }
        }
        return -1;
    }
}
