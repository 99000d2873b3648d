package org.ascend.cohort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.cohort.plan.PlanService;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Development plans (docs/cohorts.md): the participant writes objectives, milestones and evidence; their sponsor
 * (and nobody else's) reads and signs off; overdue milestones show to the programme team and are announced once.
 */
class PlanTest extends ServiceIntegrationTest {

    @Autowired
    PlanService planService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theParticipantWritesTheSponsorSignsOffAndOverdueIsAnnouncedOnce() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJ1"));
        var participant = cohort.participants().get(0);
        String plan = "/api/cohorts/participants/" + participant.id() + "/plan";

        assertThat(participant.applicant().post(plan + "/objectives", objective(LocalDate.now().minusDays(1))).status())
                .as("not due in the past").isEqualTo(400);
        JsonNode written = participant.applicant().post(plan + "/objectives", objective(LocalDate.now().plusDays(30))).body();
        JsonNode milestones = written.path("objectives").get(0).path("milestones");
        assertThat(milestones).hasSize(2);
        String first = milestones.get(0).path("id").asString();
        String second = milestones.get(1).path("id").asString();
        assertThat(participant.applicant().post("/api/cohorts/milestones/" + first + "/evidence",
                Map.of("text", "Presented the workforce plan to the ICS board")).status()).isEqualTo(200);

        var sponsor = anonymous.withToken(TestIdentity.token("sponsor", c -> c.claim("email", "sponsor@demo.ascend.example")));
        var otherSponsor = anonymous.withToken(TestIdentity.token("sponsor", c -> c.claim("email", "someone.else@nhs.example")));
        assertThat(sponsor.get(plan).body().toString()).contains("Presented the workforce plan");
        assertThat(otherSponsor.get(plan).status()).as("only their own sponsor").isEqualTo(404);
        assertThat(participant.applicant().post("/api/cohorts/milestones/" + first + "/sign-off", "").status())
                .as("not by the participant").isEqualTo(403);
        JsonNode signed = sponsor.post("/api/cohorts/milestones/" + first + "/sign-off", "").body();
        assertThat(signed.findValuesAsString("signedOffAs")).contains("SPONSOR");
        assertThat(sponsor.post("/api/cohorts/milestones/" + first + "/sign-off", "").status()).isEqualTo(409);

        // Time passes: the second milestone's due date is behind us.
        jdbc.sql("UPDATE plan_milestone SET due_on = current_date - 1 WHERE id = :id").param("id", UUID.fromString(second)).update();
        assertThat(planService.announceOverdue()).isEqualTo(1);
        assertThat(planService.announceOverdue()).as("once per milestone").isZero();
        assertThat(manager.get("/api/cohorts/cohorts/" + cohort.cohortId() + "/overdue-milestones").body()
                .findValuesAsString("milestoneId")).containsExactly(second);
        assertThat(participant.applicant().get(plan).body().findValuesAsString("overdue")).contains("true");
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.PLAN)) {
            var records = probe.pollUntil(seen -> seen.stream().anyMatch(r -> participant.id().equals(r.key())), Duration.ofSeconds(30));
            assertThat(records).filteredOn(r -> participant.id().equals(r.key())).singleElement().satisfies(r -> {
                assertThat(EventContracts.validate("org.ascend.cohort.milestone-overdue.v1", r.value())).isEmpty();
                assertThat(new String(r.value())).contains(second).doesNotContain("workforce");
            });
        }
    }

    private static Map<String, Object> objective(LocalDate due) {
        return Map.of("title", "Lead workforce planning at system level", "description", "Across the ICS",
                "milestones", List.of(Map.of("title", "Present the plan to the ICS board", "dueOn", due.toString()),
                        Map.of("title", "Agree the plan with two trusts", "dueOn", due.plusDays(30).toString())));
    }
}
