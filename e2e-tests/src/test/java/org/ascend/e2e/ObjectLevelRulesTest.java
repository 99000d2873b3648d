package org.ascend.e2e;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ascend.platform.test.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation suite's object-level rules of cohorts (docs/cohorts.md), through the gateway on the demo's data:
 * the role allows the endpoint, but only for the people the caller has a part in. A refusal never says whether the
 * other person exists: 404, or 403 where the role may never see that kind of record.
 */
@ExtendWith(LocalPlatform.Running.class)
class ObjectLevelRulesTest {

    private final Http gateway = new Http(LocalPlatform.GATEWAY);
    private final Http manager = gateway.withToken(LocalPlatform.token("programme-manager"));

    @Test
    void aCoachSeesThePlansOfTheParticipantsMatchedToThemOnly() {
        Http coach = gateway.withToken(LocalPlatform.token("coach"));
        JsonNode coachees = coach.get("/api/cohorts/me/coachees").body();
        assertThat(coachees).as("the demo coach's participants").isNotEmpty();
        String mine = coachees.get(0).path("participantId").asString();
        String notMine = otherParticipantOfTheCohort(coachees.get(0).path("cohortId").asString(),
                new HashSet<>(coachees.findValuesAsString("participantId")));

        assertThat(coach.get("/api/cohorts/participants/" + mine + "/plan").status()).isEqualTo(200);
        assertThat(coach.get("/api/cohorts/participants/" + notMine + "/plan").status()).as("not matched to them").isEqualTo(404);
        assertThat(coach.get("/api/cohorts/participants/" + mine).status()).as("a coach sees the plan, not the record")
                .isEqualTo(403);
    }

    @Test
    void aParticipantSeesTheirOwnRecordPlanAndCheckInsOnly() throws Exception {
        Http participant = null;
        JsonNode own = null;
        for (int n = 0; n < 400 && own == null; n++) {
            Http candidate = gateway.withToken(ApplicantTokens.token("demo-applicant-" + n));
            JsonNode participations = candidate.get("/api/cohorts/me/participations").body();
            if (participations.isArray() && !participations.isEmpty()) {
                participant = candidate;
                own = participations.get(0);
            }
        }
        assertThat(own).as("a demo applicant who is a participant").isNotNull();
        String id = own.path("id").asString();
        String other = otherParticipantOfTheCohort(own.path("cohortId").asString(), Set.of(id));

        assertThat(participant.get("/api/cohorts/participants/" + id + "/plan").status()).isEqualTo(200);
        for (String path : List.of("", "/plan", "/career-checkins", "/history", "/adjustments")) {
            assertThat(participant.get("/api/cohorts/participants/" + other + path).status())
                    .as("another participant's %s", path.isEmpty() ? "record" : path).isIn(403, 404);
        }
    }

    private String otherParticipantOfTheCohort(String cohortId, Set<String> exclude) {
        JsonNode participants = manager.get("/api/cohorts/cohorts/" + cohortId + "/participants").body();
        return participants.findValuesAsString("id").stream().filter(id -> !exclude.contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the cohort has nobody else: " + participants));
    }
}
