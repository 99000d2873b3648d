package org.ascend.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: the funnel per scheme and year, and cohort outcomes (completion, withdrawal reasons) under disclosure control. */
class CohortOutcomesTest extends ServiceIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aSchemesIntakesByYearItsFunnelAndHowItsCohortsEnded() {
        String scheme = UUID.randomUUID().toString();
        String intake2024 = UUID.randomUUID().toString();
        String intake2025 = UUID.randomUUID().toString();
        opened(intake2024, scheme, "2024-03-01T09:00:00Z");
        opened(intake2025, scheme, "2025-03-01T09:00:00Z");
        String cohortA = UUID.randomUUID().toString();
        String cohortB = UUID.randomUUID().toString();
        // Cohort A (2024, Midlands): 10 enrolled, 7 completed, 1 still on the programme, 2 withdrew (workload, left the NHS).
        List<String> a = people(intake2024, 12, "Y60");
        for (int i = 0; i < 10; i++) {
            participant("participant-enrolled", a.get(i), intake2024, cohortA, null);
        }
        for (int i = 0; i < 7; i++) {
            participant("participant-completed", a.get(i), intake2024, cohortA, null);
        }
        participant("participant-withdrawn", a.get(8), intake2024, cohortA, "WORKLOAD");
        participant("participant-withdrawn", a.get(9), intake2024, cohortA, "LEFT_THE_NHS");
        // Cohort B (2025, London): 5 enrolled, all still on the programme.
        List<String> b = people(intake2025, 6, "Y56");
        for (int i = 0; i < 5; i++) {
            participant("participant-enrolled", b.get(i), intake2025, cohortB, null);
        }

        Http analyst = as("analyst");
        String outcomes = "/api/reporting/schemes/" + scheme + "/cohort-outcomes";
        JsonNode national = Awaitility.await("every event counted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> analyst.get(outcomes).body(), body -> body.path("total").path("enrolled").path("value").asInt() == 15
                        && body.path("total").path("completed").path("value").asInt() == 7
                        && body.path("total").path("withdrawn").path("value").asInt() == 2);
        assertThat(national.path("disclosureControlled").asBoolean()).isFalse();
        assertThat(national.path("cohorts").findValuesAsString("cohortId")).as("oldest intake first").containsExactly(cohortA, cohortB);
        JsonNode first = national.path("cohorts").get(0);
        assertThat(first.path("intakeId").asString()).isEqualTo(intake2024);
        assertThat(first.path("enrolled").path("value").asInt()).isEqualTo(10);
        assertThat(first.path("onProgramme").path("value").asInt()).isEqualTo(1);
        assertThat(first.path("completionRate").asDouble()).isEqualTo(0.7);
        assertThat(first.path("withdrawalsByReason").path("WORKLOAD").path("value").asInt()).isEqualTo(1);
        assertThat(first.path("withdrawalsByReason").path("LEFT_THE_NHS").path("value").asInt()).isEqualTo(1);
        assertThat(first.path("withdrawalsByReason").path("HEALTH").path("value").asInt()).isZero();
        assertThat(first.path("directorOrBoardWithin12Months").isNull()).as("measured once careers are tracked").isTrue();
        assertThat(national.path("cohorts").get(1).path("completionRate").asDouble()).isZero();

        // The Midlands lead: their region only (cohort A), 1-7 suppressed, the rest rounded, rates on suppressed counts gone.
        Http lead = anonymous.withToken(TestIdentity.token("regional-lead", c -> c.claim("region", "Y60")));
        JsonNode midlands = lead.get(outcomes).body();
        assertThat(midlands.path("region").asString()).isEqualTo("Y60");
        assertThat(midlands.path("disclosureControlled").asBoolean()).isTrue();
        assertThat(midlands.path("cohorts").findValuesAsString("cohortId")).containsExactly(cohortA);
        JsonNode controlled = midlands.path("cohorts").get(0);
        assertThat(controlled.path("enrolled").path("value").asInt()).isEqualTo(10);
        assertThat(controlled.path("completed").path("suppressed").asBoolean()).as("7 is 1-7").isTrue();
        assertThat(controlled.path("onProgramme").path("suppressed").asBoolean()).isTrue();
        assertThat(controlled.path("withdrawn").path("suppressed").asBoolean()).isTrue();
        assertThat(controlled.path("completionRate").isNull()).isTrue();
        assertThat(controlled.path("withdrawalsByReason").path("WORKLOAD").path("suppressed").asBoolean()).isTrue();
        assertThat(lead.get(outcomes + "?region=Y56").status()).as("not their region").isEqualTo(403);

        // The same figures as CSV.
        String csv = analyst.get(outcomes + "/csv").body().asString();
        assertThat(csv).startsWith("cohort,intake,enrolled,completed,on-programme,withdrawn,completion-rate,withdrew-WORKLOAD,")
                .contains("\r\n" + cohortA + "," + intake2024 + ",10,7,1,2,0.7,1,0,0,0,1,0,0,0,0,,,,\r\n")
                .contains("\r\ntotal,,15,7,6,2,");
        String controlledCsv = lead.get(outcomes + "/csv").body().asString();
        assertThat(controlledCsv).contains("\r\n" + cohortA + "," + intake2024 + ",10,*,*,*,,*,");

        // By year: the intakes, the scheme's funnel and the outcomes of that year's intakes only.
        JsonNode of2025 = analyst.get("/api/reporting/intakes?scheme=" + scheme + "&year=2025").body();
        assertThat(of2025.findValuesAsString("intakeId")).containsExactly(intake2025);
        assertThat(of2025.get(0).path("year").asInt()).isEqualTo(2025);
        assertThat(analyst.get("/api/reporting/intakes?scheme=" + scheme).body().findValuesAsString("intakeId"))
                .containsExactly(intake2025, intake2024);
        JsonNode funnel2024 = analyst.get("/api/reporting/schemes/" + scheme + "/funnel?year=2024").body();
        assertThat(funnel2024.path("intakeIds").get(0).asString()).isEqualTo(intake2024);
        assertThat(stage(funnel2024, "applied")).isEqualTo(12);
        assertThat(stage(funnel2024, "enrolled")).isEqualTo(10);
        assertThat(stage(analyst.get("/api/reporting/schemes/" + scheme + "/funnel").body(), "applied")).isEqualTo(18);
        assertThat(analyst.get("/api/reporting/schemes/" + scheme + "/funnel/csv?year=2024").body().asString())
                .startsWith("stage,count,meaning\r\n").contains("\r\napplied,12,", "\r\nenrolled,10,", "\r\ncompleted,7,");
        assertThat(analyst.get(outcomes + "?year=2025").body().path("total").path("enrolled").path("value").asInt()).isEqualTo(5);
    }

    /**
     * Progression from the career topic (docs/reporting.md, "Progression"): the consenting alumni in director or board
     * roles within 12 and 24 months (of those completed that long ago), time to promotion and interim use; a
     * withdrawal leaves the counts as they were; national figures only.
     */
    @Test
    void progressionCountsTheConsentingAlumniAndSurvivesAWithdrawal() {
        String scheme = UUID.randomUUID().toString();
        String intake = UUID.randomUUID().toString();
        opened(intake, scheme, "2022-03-01T09:00:00Z");
        String cohort = UUID.randomUUID().toString();
        List<String> applications = people(intake, 5, "Y60");
        applications.forEach(application -> participant("participant-enrolled", application, intake, cohort, null));
        java.time.LocalDate longAgo = java.time.LocalDate.now().minusMonths(30);
        List<String> alumni = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String participant = UUID.randomUUID().toString();
            alumni.add(participant);
            career(participant, "career-consent-given", Map.of("participantId", participant, "cohortId", cohort,
                    "completedOn", (i < 4 ? longAgo : java.time.LocalDate.now().minusMonths(6)).toString()));
        }
        move(alumni.get(0), cohort, true, false, 8);   // promoted within 12 months
        move(alumni.get(1), cohort, true, true, 20);   // within 24, an interim post
        move(alumni.get(2), cohort, false, false, 5);  // moved, not into a director role
        move(alumni.get(4), cohort, true, false, 2);   // completed 6 months ago: in the median, not yet in the shares

        Http analyst = as("analyst");
        String outcomes = "/api/reporting/schemes/" + scheme + "/cohort-outcomes";
        // Every event of the test applied (the enrolments too), so that no later test sees the tables still moving.
        JsonNode first = Awaitility.await("every career event counted").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> analyst.get(outcomes).body().path("cohorts").get(0),
                        row -> row != null && row.path("enrolled").path("value").asInt() == 5 && row.path("trackedAlumni").asInt() == 5
                                && row.path("interimShareOfDirectorMoves").isNumber()
                                && Math.abs(row.path("interimShareOfDirectorMoves").asDouble() - 1.0 / 3) < 1e-9);
        assertThat(first.path("directorOrBoardWithin12Months").asDouble()).isEqualTo(0.25);
        assertThat(first.path("directorOrBoardWithin24Months").asDouble()).isEqualTo(0.5);
        assertThat(first.path("medianMonthsToPromotion").asDouble()).isEqualTo(8.0);

        String withdrawal = UUID.randomUUID().toString();
        career(alumni.get(0), "career-consent-withdrawn", Map.of("eventId", withdrawal, "participantId", alumni.get(0),
                "cohortId", cohort));
        Awaitility.await("the withdrawal applied").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> jdbc.sql("SELECT count(*) FROM career_move WHERE participant_key = :key")
                        .param("key", UUID.fromString(withdrawal)).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM career_tracked WHERE participant_key = :key")
                .param("key", UUID.fromString(alumni.get(0))).query(Long.class).single()).as("no link to the person").isZero();
        JsonNode after = analyst.get(outcomes).body().path("cohorts").get(0);
        assertThat(after.path("trackedAlumni").asInt()).as("the counts survive").isEqualTo(5);
        assertThat(after.path("directorOrBoardWithin12Months").asDouble()).isEqualTo(0.25);

        Http lead = anonymous.withToken(TestIdentity.token("regional-lead", c -> c.claim("region", "Y60")));
        assertThat(lead.get(outcomes).body().path("cohorts").get(0).path("directorOrBoardWithin12Months").isNull())
                .as("national figures only").isTrue();
    }

    /** The summary of regional activity per financial year, by region; a regional lead sees their own region. */
    @Test
    void regionalActivitySumsTheNetworksEventsOfAFinancialYear() {
        String year = "20" + (30 + new java.util.Random().nextInt(60)) + "/" + "99"; // a year no other test uses
        networkEvent("Y60", year, "WORKSHOP", Map.of("ACUTE_TRUST", 10));
        networkEvent("Y60", year, "MASTERCLASS", Map.of("MENTAL_HEALTH_TRUST", 5, "INTEGRATED_CARE_BOARD", 3));
        networkEvent("Y56", year, "CONFERENCE", Map.of("ACUTE_TRUST", 40));
        networkEvent("Y60", "2017/18", "WORKSHOP", Map.of("ACUTE_TRUST", 7));

        Http analyst = as("analyst");
        String path = "/api/reporting/regional-activity?financialYear=" + year;
        JsonNode activity = Awaitility.await("every network event counted").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> analyst.get(path).body(),
                        body -> body.path("total").path("events").path("value").asInt() == 3
                                && analyst.get("/api/reporting/regional-activity?financialYear=2017/18").body()
                                        .path("total").path("events").path("value").asInt() == 1);
        assertThat(activity.path("regions").findValuesAsString("regionCode")).containsExactly("Y56", "Y60");
        JsonNode midlands = activity.path("regions").get(1);
        assertThat(midlands.path("attendance").path("value").asInt()).isEqualTo(18);
        assertThat(midlands.path("eventsByKind").path("MASTERCLASS").path("value").asInt()).isEqualTo(1);
        assertThat(activity.path("total").path("attendanceByOrganisationType").path("ACUTE_TRUST").path("value").asInt()).isEqualTo(50);
        assertThat(activity.path("disclosureControlled").asBoolean()).as("national figures as they are").isFalse();

        Http lead = anonymous.withToken(TestIdentity.token("regional-lead", c -> c.claim("region", "Y60")));
        JsonNode own = lead.get(path).body();
        assertThat(own.path("regions").findValuesAsString("regionCode")).containsExactly("Y60");
        // Below national level the counts are controlled: 2 events is suppressed, 18 attendances shown as 20.
        assertThat(own.path("disclosureControlled").asBoolean()).isTrue();
        assertThat(own.path("total").path("events").path("suppressed").asBoolean()).isTrue();
        assertThat(own.path("total").path("attendance").path("value").asInt()).isEqualTo(20);
        assertThat(lead.get(path + "&region=Y56").status()).isEqualTo(403);
        assertThat(analyst.get("/api/reporting/regional-activity?financialYear=last").status()).isEqualTo(400);
    }

    @Test
    void badFiltersAreProblemsThatSayWhatIsExpected() {
        Http analyst = as("analyst");
        for (String path : List.of("/api/reporting/intakes?year=1850", "/api/reporting/intakes?year=soon",
                "/api/reporting/intakes?scheme=not-a-uuid", "/api/reporting/schemes/" + UUID.randomUUID() + "/funnel?year=3000",
                "/api/reporting/schemes/" + UUID.randomUUID() + "/cohort-outcomes?region=Midlands")) {
            var response = analyst.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        var unknown = analyst.get("/api/reporting/schemes/" + UUID.randomUUID() + "/cohort-outcomes");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).contains("/api/reporting/intakes?scheme=");
        assertThat(as("applicant").get("/api/reporting/intakes").status()).isEqualTo(403);
        assertThat(as("regional-lead").get("/api/reporting/schemes/" + UUID.randomUUID() + "/funnel").status()).isEqualTo(403);
    }

    private void opened(String intakeId, String schemeId, String opensAt) {
        send("ascend.recruitment.intake.v1", intakeId, "org.ascend.recruitment.intake-opened.v1", Map.of("intakeId", intakeId,
                "schemeId", schemeId, "places", 15, "opensAt", opensAt, "closesAt", opensAt));
    }

    private List<String> people(String intakeId, int count, String region) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-submitted.v1", Map.of(
                    "applicationId", id, "intakeId", intakeId, "regionCode", region, "submittedAt", "2024-03-02T09:00:00Z"));
        }
        return ids;
    }

    private void participant(String what, String applicationId, String intakeId, String cohortId, String reason) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("applicationId", applicationId, "intakeId", intakeId,
                "cohortId", cohortId, "participantId", UUID.nameUUIDFromBytes(("participant:" + applicationId)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()));
        if (reason != null) {
            data.put("reasonCategory", reason);
        }
        send("ascend.cohort.participant.v1", applicationId, "org.ascend.cohort." + what + ".v1", data);
    }

    private static void career(String participantId, String type, Map<String, Object> data) {
        Map<String, Object> event = new java.util.HashMap<>(data);
        event.putIfAbsent("eventId", UUID.randomUUID().toString());
        send("ascend.cohort.career.v1", participantId, "org.ascend.cohort." + type + ".v1", event);
    }

    private static void move(String participantId, String cohortId, boolean boardLevel, boolean interim, int months) {
        career(participantId, "career-move-recorded", Map.of("recordId", UUID.randomUUID().toString(),
                "participantId", participantId, "cohortId", cohortId, "roleFamily", boardLevel ? "DIRECTOR_OF_WORKFORCE" : "HEAD_OF_SERVICE",
                "band", boardLevel ? "VSM" : "8d", "boardLevel", boardLevel, "interim", interim, "monthsSinceCompletion", months));
    }

    private static void networkEvent(String region, String financialYear, String kind, Map<String, Integer> attendance) {
        String id = UUID.randomUUID().toString();
        send("ascend.cohort.network.v1", id, "org.ascend.cohort.network-event-recorded.v1", Map.of("networkEventId", id,
                "networkId", UUID.randomUUID().toString(), "regionCode", region, "heldOn", "2018-11-14",
                "financialYear", financialYear, "kind", kind, "attendanceByOrganisationType", attendance,
                "totalAttendance", attendance.values().stream().mapToInt(Integer::intValue).sum()));
    }

    private static void send(String topic, String key, String type, Map<String, Object> data) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data)));
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
