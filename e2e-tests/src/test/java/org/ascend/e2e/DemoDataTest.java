package org.ascend.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ascend.platform.test.Http;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./ascend up --demo} gives a newcomer (docs/demo.md), seen through the gateway as the programme team,
 * a coach and a regional lead: the Aspirant Director of Workforce scheme's four cohorts completed, cohort 4 assessed
 * at a sift and an interview with moderation and a real offer history, and two cohorts running.
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(0) // first, as a newcomer finds it: before other tests add cohorts, coaches, or run retention
class DemoDataTest {

    private static final Http gateway = new Http(LocalPlatform.GATEWAY);
    private final Http manager = gateway.withToken(LocalPlatform.token("programme-manager"));

    @Test
    void theAspirantDirectorOfWorkforceCohortsOneToFourHaveRunAndCompleted() {
        Map<String, JsonNode> cohorts = cohortsByName();
        for (int n = 1; n <= 4; n++) {
            JsonNode cohort = cohorts.get("ADoW cohort " + n);
            assertThat(cohort).as("ADoW cohort " + n).isNotNull();
            assertThat(cohort.path("status").asString()).isEqualTo("COMPLETED");
            JsonNode participants = manager.get("/api/cohorts/cohorts/" + cohort.path("id").asString() + "/participants").body();
            assertThat(participants).as("a cohort of 15").hasSize(15);
            List<String> statuses = participants.findValuesAsString("status");
            assertThat(statuses).as("one withdrew, the others completed").filteredOn("WITHDRAWN"::equals).hasSize(1);
            assertThat(statuses).filteredOn("COMPLETED"::equals).hasSize(14);
            JsonNode sessions = manager.get("/api/cohorts/cohorts/" + cohort.path("id").asString() + "/sessions").body();
            assertThat(sessions.size()).isGreaterThanOrEqualTo(6);
            sessions.forEach(session -> assertThat(session.path("attendance").size()).as("attendance recorded at every session")
                    .isEqualTo(participants.size()));
        }
    }

    @Test
    void cohortFourCameFromItsTwentyNineteenIntakeThroughASiftAnInterviewModerationAndOffers() {
        JsonNode cohort = cohortsByName().get("ADoW cohort 4");
        String intakeId = cohort.path("intakeId").asString();
        JsonNode cases = manager.get("/api/assessment/cases?intakeId=" + intakeId).body();
        List<String> stages = cases.findValuesAsString("stage");
        assertThat(stages).contains("SIFT", "INTERVIEW");
        assertThat(cases.findValuesAsString("status")).contains("PROGRESSED", "NOT_PROGRESSED")
                .containsAnyOf("INELIGIBLE", "ERASED"); // ERASED once retention has run: the round closed in 2019
        JsonNode interview = manager.get("/api/assessment/intakes/" + intakeId + "/stages/INTERVIEW/ranking").body();
        assertThat(interview.path("ranked").size()).isGreaterThanOrEqualTo(15);
        JsonNode reliability = manager.get("/api/assessment/intakes/" + intakeId + "/stages/SIFT/reliability").body();
        assertThat(reliability.path("sheets").asInt()).as("several assessors' score sheets").isGreaterThan(reliability.path("cases").asInt());
        List<String> moderated = new ArrayList<>();
        cases.forEach(c -> {
            if (manager.get("/api/assessment/cases/" + c.path("id").asString() + "/moderation").status() == 200) {
                moderated.add(c.path("id").asString());
            }
        });
        assertThat(moderated).as("disagreements settled by a moderator").isNotEmpty();

        JsonNode offers = manager.get("/api/cohorts/cohorts/" + cohort.path("id").asString() + "/offers").body();
        assertThat(offers.findValuesAsString("status")).contains("ACCEPTED", "DECLINED", "DEFERRED");
        assertThat(manager.get("/api/cohorts/cohorts/" + cohort.path("id").asString() + "/places").body().path("accepted").asInt())
                .isEqualTo(15);
    }

    @Test
    void theStaffordshirePilotOfTwentyAndAStepUpCohortAreRunningWithCoachesAndPlans() {
        Map<String, JsonNode> cohorts = cohortsByName();
        JsonNode pilot = cohorts.get("Staffordshire pilot cohort 1");
        assertThat(pilot.path("status").asString()).isEqualTo("RUNNING");
        assertThat(pilot.path("scope").path("kind").asString()).isEqualTo("LOCAL_SYSTEM");
        JsonNode participants = manager.get("/api/cohorts/cohorts/" + pilot.path("id").asString() + "/participants").body();
        assertThat(participants).hasSize(20);
        assertThat(participants.findValuesAsString("status")).containsOnly("ACTIVE");
        assertThat(manager.get("/api/cohorts/cohorts/" + pilot.path("id").asString() + "/coaching").body()).hasSize(20);
        String someone = participants.get(0).path("id").asString();
        assertThat(manager.get("/api/cohorts/participants/" + someone + "/plan").body().path("objectives")).isNotEmpty();
        assertThat(cohorts.get("Stepping Up 2025").path("status").asString()).isEqualTo("RUNNING");

        assertThat(gateway.withToken(LocalPlatform.token("coach")).get("/api/cohorts/me/coachees").body())
                .as("the demo coach has people to coach").isNotEmpty();
        assertThat(gateway.withToken(LocalPlatform.token("regional-lead-y60")).get("/api/cohorts/cohorts").body()
                .findValuesAsString("name")).as("the Midlands lead sees the Staffordshire cohort").contains("Staffordshire pilot cohort 1")
                .doesNotContain("ADoW cohort 4");
    }

    private Map<String, JsonNode> cohortsByName() {
        Map<String, JsonNode> byName = new HashMap<>();
        manager.get("/api/cohorts/cohorts").body().forEach(cohort -> byName.putIfAbsent(cohort.path("name").asString(), cohort));
        return byName;
    }
}
