package org.ascend.recruitment;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.recruitment.RecruitmentApiTest.assertProblem;
import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/** Equality monitoring: the applicant's alone, optional, restricted, and stopped by an objection (docs/domain.md §2). */
class EqualityMonitoringTest extends ServiceIntegrationTest {

    private static final String RESTRICTED_TOPIC = "ascend.recruitment.equality.v1";

    @Autowired
    JdbcClient jdbc;
    Http owner;
    String applicationId;
    String equality;

    @BeforeEach
    void anApplication() {
        String intakeId = openIntake(as("programme-manager"));
        owner = asNewApplicant();
        applicationId = owner.post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()).text("id");
        equality = "/api/recruitment/applications/" + applicationId + "/equality";
    }

    /**
     * Every answer the API accepts (each alternative of each field's pattern, every ethnic category code)
     * goes out in an event that meets the restricted topic's contract, which reporting validates against.
     */
    @Test
    void everyAnswerTheApiAcceptsMeetsTheContract() {
        Map<String, java.util.List<String>> accepted = new java.util.LinkedHashMap<>();
        for (var component : org.ascend.recruitment.equality.EqualityAnswers.class.getRecordComponents()) {
            var pattern = component.getAccessor().getAnnotation(jakarta.validation.constraints.Pattern.class);
            if (pattern == null) {
                pattern = java.util.Arrays.stream(org.ascend.recruitment.equality.EqualityAnswers.class.getDeclaredFields())
                        .filter(f -> f.getName().equals(component.getName())).findFirst().orElseThrow()
                        .getAnnotation(jakarta.validation.constraints.Pattern.class);
            }
            accepted.put(component.getName(), component.getName().equals("ethnicCategory")
                    ? java.util.List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99")
                    : java.util.List.of(pattern.regexp().replace("\\+", "+").split("\\|")));
        }
        int rounds = accepted.values().stream().mapToInt(java.util.List::size).max().orElseThrow();
        for (int round = 0; round < rounds; round++) {
            Map<String, Object> answers = new HashMap<>();
            int r = round;
            accepted.forEach((field, values) -> answers.put(field, values.get(r % values.size())));
            assertThat(owner.put(equality, answers).status()).as(answers.toString()).isEqualTo(200);
        }

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), RESTRICTED_TOPIC)) {
            var events = probe.pollUntil(seen -> seen.stream().filter(r -> applicationId.equals(r.key())).count() >= rounds,
                    Duration.ofSeconds(30)).stream().filter(r -> applicationId.equals(r.key())).toList();
            assertThat(events).hasSizeGreaterThanOrEqualTo(rounds);
            events.forEach(event -> assertThat(EventContracts.validate(TopicProbe.header(event, "ce_type"), event.value()))
                    .as(new String(event.value())).isEmpty());
        }
    }

    @Test
    void theApplicantRecordsOptionalAnswersAndTheyLeaveOnlyOnTheRestrictedTopic() {
        Map<String, Object> answers = new HashMap<>(Map.of("ethnicCategory", "H", "ageBand", "35-44",
                "disability", "NO", "genderReassignment", "PREFER_NOT_TO_SAY", "sex", "FEMALE"));

        var recorded = owner.put(equality, answers);

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.text("ethnicGroup")).isEqualTo("Asian or Asian British");
        assertThat(recorded.body().path("answers").path("religionBelief").isNull()).isTrue(); // not answered
        assertThat(owner.get(equality).body().path("answers").path("ethnicCategory").asString()).isEqualTo("H");

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), RESTRICTED_TOPIC)) {
            ConsumerRecord<String, byte[]> event = probe.pollUntil(
                    seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> applicationId.equals(r.key())).findFirst().orElseThrow();
            String type = TopicProbe.header(event, "ce_type");
            assertThat(type).isEqualTo("org.ascend.recruitment.equality-recorded.v1");
            assertThat(EventContracts.validate(type, event.value())).isEmpty();
            String data = new String(event.value());
            assertThat(data).contains("\"blackAndMinorityEthnic\":true", "\"ethnicClassification\":\"2001\"")
                    .doesNotContain("Amara", "Okafor", "@nhs.example");
        }
        try (var publicTopic = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.application.v1")) {
            var records = publicTopic.pollUntil(seen -> false, Duration.ofSeconds(3));
            assertThat(records).allSatisfy(r -> assertThat(new String(r.value())).doesNotContain("ethnic", "sexualOrientation"));
        }
    }

    @Test
    void nobodyButTheApplicantCanReachTheAnswers() {
        owner.put(equality, Map.of("ethnicCategory", "M"));

        assertProblem(asNewApplicant().get(equality), 404, "not-found");
        for (String role : new String[] {"programme-manager", "assessor", "sponsor", "moderator", "regional-lead", "analyst",
                "platform-admin"}) {
            assertThat(as(role).get(equality).status()).as(role).isEqualTo(403);
        }
        assertThat(anonymous.get(equality).status()).isEqualTo(401);
    }

    @Test
    void invalidAnswersAreRefusedWithFieldErrorsAndNothingIsStored() {
        var response = owner.put(equality, Map.of("ethnicCategory", "I", "sex", "UNKNOWN"));

        assertProblem(response, 400, "validation");
        assertThat(response.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("ethnicCategory", "sex");
        assertThat(stored()).isZero();
    }

    @Test
    void anObjectionErasesTheAnswersAndStopsFurtherProcessing() {
        owner.put(equality, Map.of("ethnicCategory", "A", "religionBelief", "CHRISTIAN"));

        var objected = owner.post(equality + "/objection", "");

        assertThat(objected.status()).isEqualTo(200);
        assertThat(objected.text("objectedAt")).isNotBlank();
        assertThat(objected.body().path("answers").path("ethnicCategory").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM equality_monitoring WHERE application_id = CAST(:id AS uuid)"
                + " AND ethnic_category IS NULL AND religion_belief IS NULL AND objected_at IS NOT NULL")
                .param("id", applicationId).query(Long.class).single()).isEqualTo(1);
        assertProblem(owner.put(equality, Map.of("ethnicCategory", "B")), 409, "equality-objected");

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), RESTRICTED_TOPIC)) {
            var objection = probe.pollUntil(seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())
                    && "org.ascend.recruitment.equality-objected.v1".equals(TopicProbe.header(r, "ce_type"))),
                    Duration.ofSeconds(30)).stream()
                    .filter(r -> "org.ascend.recruitment.equality-objected.v1".equals(TopicProbe.header(r, "ce_type")))
                    .filter(r -> applicationId.equals(r.key())).findFirst().orElseThrow();
            assertThat(EventContracts.validate("org.ascend.recruitment.equality-objected.v1", objection.value())).isEmpty();
        }
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM equality_monitoring WHERE application_id = CAST(:id AS uuid)")
                .param("id", UUID.fromString(applicationId).toString()).query(Long.class).single();
    }
}
