package org.ascend.cohort;

import java.util.List;
import java.util.Map;

import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coach matching through the API (docs/cohorts.md): preferences honoured where they can be, never the same
 * organisation or a declared conflict, each pair explained, and a rematch that keeps everyone else's pair.
 */
class CoachingTest extends ServiceIntegrationTest {

    @Test
    void everyParticipantGetsAnAllowedCoachWithAReasonAndARematchMovesOnlyThem() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJ1", "RR8", "RWE"));
        String sameOrgAsFirst = coach(manager, "Dr Ada Mensah", "RJ1", 2, List.of("board", "finance"));
        String second = coach(manager, "Ruth Okonjo", "RX9", 2, List.of("culture", "system-working"));
        String third = coach(manager, "Tom Hale", "RX8", 1, List.of("board"));
        var first = cohort.participants().get(0);
        // The first participant ranks a coach from their own organisation first: never allowed.
        assertThat(first.applicant().put("/api/cohorts/participants/" + first.id() + "/coaching-preferences",
                Map.of("coachIds", List.of(sameOrgAsFirst, third), "interests", List.of("board"))).status()).isEqualTo(200);
        assertThat(manager.post("/api/cohorts/participants/" + cohort.participants().get(1).id() + "/coaching-conflicts",
                Map.of("coachId", third, "reason", "Line-managed this participant until last year")).status()).isEqualTo(204);
        assertThat(first.applicant().put("/api/cohorts/participants/" + first.id() + "/coaching-preferences",
                Map.of("coachIds", List.of(sameOrgAsFirst, second, third, sameOrgAsFirst))).status())
                .as("at most three").isEqualTo(400);

        JsonNode report = manager.post("/api/cohorts/cohorts/" + cohort.cohortId() + "/coaching/match", "").body();

        JsonNode made = report.path("made");
        assertThat(made).hasSize(3);
        Map<String, String> coachOf = new java.util.HashMap<>();
        made.forEach(pair -> coachOf.put(pair.path("participantId").asString(), pair.path("coachId").asString()));
        assertThat(coachOf.get(first.id())).as("the first allowed preference").isEqualTo(third);
        assertThat(coachOf.get(cohort.participants().get(1).id())).as("never across a declared conflict").isNotEqualTo(third);
        assertThat(made).allSatisfy(pair -> assertThat(pair.path("reason").asString()).isNotBlank());
        assertThat(first.applicant().get("/api/cohorts/me/coach").body().findValuesAsString("coachId")).containsExactly(third);

        String movedId = cohort.participants().get(2).id();
        JsonNode rematched = manager.post("/api/cohorts/participants/" + movedId + "/coaching/rematch", "").body().path("made");
        assertThat(rematched).hasSize(1);
        assertThat(rematched.get(0).path("coachId").asString()).isNotEqualTo(coachOf.get(movedId));
        JsonNode after = manager.get("/api/cohorts/cohorts/" + cohort.cohortId() + "/coaching").body();
        for (JsonNode pair : after) {
            if (!pair.path("participantId").asString().equals(movedId)) {
                assertThat(pair.path("coachId").asString()).as("everyone else keeps their coach")
                        .isEqualTo(coachOf.get(pair.path("participantId").asString()));
            }
        }
    }

    @Test
    void aCoachSeesOnlyTheParticipantsMatchedToThemAndSignsOffTheirMilestones() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJ1", "RR8"));
        String coachEmail = "coach." + java.util.UUID.randomUUID() + "@nhs.example";
        String emailed = coach(manager, "Dr Femi Adeyemi", "RX7", 1, List.of("board"), coachEmail);
        String other = coach(manager, "Lena Ortiz", "RX6", 1, List.of("culture"), null);
        // Each ranks one of the two first (other tests' coaches may still be in the pool).
        for (int i = 0; i < 2; i++) {
            var p = cohort.participants().get(i);
            assertThat(p.applicant().put("/api/cohorts/participants/" + p.id() + "/coaching-preferences",
                    Map.of("coachIds", List.of(i == 0 ? emailed : other))).status()).isEqualTo(200);
        }
        assertThat(manager.post("/api/cohorts/cohorts/" + cohort.cohortId() + "/coaching/match", "").body().path("made")).hasSize(2);

        var coach = anonymous.withToken(TestIdentity.token("coach", c -> c.claim("email", coachEmail.toUpperCase())));
        JsonNode coachees = coach.get("/api/cohorts/me/coachees").body();
        assertThat(coachees).as("one participant, the one matched to them").hasSize(1);
        String mine = coachees.get(0).path("participantId").asString();
        String notMine = cohort.participants().stream().map(p -> p.id()).filter(id -> !id.equals(mine)).findFirst().orElseThrow();
        assertThat(coachees.get(0).path("email").asString()).contains("@");
        assertThat(coachees.get(0).has("sponsorEmail")).as("only what a coach needs").isFalse();

        var participant = cohort.participants().stream().filter(p -> p.id().equals(mine)).findFirst().orElseThrow();
        JsonNode plan = participant.applicant().post("/api/cohorts/participants/" + mine + "/plan/objectives", Map.of(
                "title", "Board presence", "milestones", List.of(Map.of("title", "Chair a board subcommittee",
                        "dueOn", java.time.LocalDate.now().plusDays(60).toString())))).body();
        String milestone = plan.path("objectives").get(0).path("milestones").get(0).path("id").asString();
        assertThat(coach.get("/api/cohorts/participants/" + mine + "/plan").status()).isEqualTo(200);
        assertThat(coach.get("/api/cohorts/participants/" + notMine + "/plan").status()).as("not their participant").isEqualTo(404);
        assertThat(coach.get("/api/cohorts/participants/" + mine).status()).as("a coach sees the plan, not the record")
                .isEqualTo(403);
        var stranger = anonymous.withToken(TestIdentity.token("coach", c -> c.claim("email", "stranger@nhs.example")));
        assertThat(stranger.get("/api/cohorts/me/coachees").body()).isEmpty();
        assertThat(stranger.post("/api/cohorts/milestones/" + milestone + "/sign-off", "").status()).isEqualTo(404);
        JsonNode signed = coach.post("/api/cohorts/milestones/" + milestone + "/sign-off", "").body();
        assertThat(signed.findValuesAsString("signedOffAs")).containsExactly("COACH");
    }

    @Test
    void aParticipantWhoLeavesFreesTheirCoachsPlace() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJ1", "RR8"));
        String onlyCoach = coach(manager, "Sole Coach " + java.util.UUID.randomUUID(), "RX5", 1, List.of("zz-sole-coach"));
        // Both rank the new coach first; other tests' coaches may still be in the pool, so both may get someone.
        cohort.participants().forEach(p -> p.applicant().put("/api/cohorts/participants/" + p.id() + "/coaching-preferences",
                Map.of("coachIds", List.of(onlyCoach))));
        JsonNode first = manager.post("/api/cohorts/cohorts/" + cohort.cohortId() + "/coaching/match", "").body();
        java.util.List<String> withSole = new java.util.ArrayList<>();
        first.path("made").forEach(pair -> {
            if (pair.path("coachId").asString().equals(onlyCoach)) {
                withSole.add(pair.path("participantId").asString());
            }
        });
        assertThat(withSole).as("capacity one").hasSize(1);
        assertThat(manager.post("/api/cohorts/participants/" + withSole.get(0) + "/status",
                Map.of("status", "WITHDRAWN", "reason", "Left the NHS for another sector", "reasonCategory", "LEFT_THE_NHS")).status()).isEqualTo(200);
        String other = cohort.participants().stream().map(p -> p.id()).filter(id -> !id.equals(withSole.get(0))).findFirst().orElseThrow();
        if (manager.get("/api/cohorts/cohorts/" + cohort.cohortId() + "/coaching").body().findValuesAsString("participantId")
                .contains(other)) { // paired with someone else: asking for another coach gets them their first choice
            assertThat(manager.post("/api/cohorts/participants/" + other + "/coaching/rematch", "").body().path("made")
                    .findValuesAsString("coachId")).as("the freed place").containsExactly(onlyCoach);
        } else {
            assertThat(manager.post("/api/cohorts/cohorts/" + cohort.cohortId() + "/coaching/match", "").body().path("made")
                    .findValuesAsString("coachId")).as("the freed place").containsExactly(onlyCoach);
        }
    }

    private static String coach(org.ascend.platform.test.Http manager, String name, String organisation, int capacity,
            List<String> specialisms) {
        return coach(manager, name, organisation, capacity, specialisms, null);
    }

    private static String coach(org.ascend.platform.test.Http manager, String name, String organisation, int capacity,
            List<String> specialisms, String email) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("displayName", name, "organisationCode", organisation,
                "regionCode", "Y60", "capacity", capacity, "specialisms", specialisms));
        if (email != null) {
            body.put("email", email);
        }
        var response = manager.post("/api/cohorts/coaches", body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("id");
    }
}
