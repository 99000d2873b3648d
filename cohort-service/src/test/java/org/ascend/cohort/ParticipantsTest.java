package org.ascend.cohort;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.ascend.cohort.CohortTestSupport.applicantOf;
import static org.ascend.cohort.CohortTestSupport.awaitOwnOffer;
import static org.ascend.cohort.CohortTestSupport.erased;
import static org.ascend.cohort.CohortTestSupport.offersMade;
import static org.ascend.cohort.CohortTestSupport.releaseDetails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participants (docs/cohorts.md): accepting enrols; contact details arrive from recruitment afterwards; each
 * status change is recorded with who and why; erasure anonymises the person and keeps the count.
 */
class ParticipantsTest extends ServiceIntegrationTest {

    @Test
    void acceptingEnrolsAndTheContactDetailsFollowFromRecruitment() {
        var accepted = acceptedPlace();

        JsonNode participants = as("programme-manager").get("/api/cohorts/cohorts/" + accepted.cohortId() + "/participants").body();
        assertThat(participants).hasSize(1);
        JsonNode participant = participants.get(0);
        assertThat(participant.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(participant.path("contact").isNull()).as("no details until recruitment releases them").isTrue();
        assertThat(participant.has("applicantSubject")).as("the sign-in subject is never shown").isFalse();
        String participantId = participant.path("id").asString();

        releaseDetails(accepted.applicationId(), "RJ1");

        JsonNode contact = Awaitility.await("the contact details recorded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as("programme-manager").get("/api/cohorts/participants/" + participantId).body().path("contact"),
                        node -> !node.isNull() && !node.isMissingNode());
        assertThat(contact.path("email").asString()).isEqualTo("sam.patel@nhs.example");
        assertThat(contact.path("sponsorName").asString()).isEqualTo("Dr Helen Shaw");
        assertThat(accepted.applicant().get("/api/cohorts/me/participations").body().findValuesAsString("id"))
                .containsExactly(participantId);
        assertThat(accepted.applicant().get("/api/cohorts/me/cohorts").body().findValuesAsString("id"))
                .as("their own cohort").containsExactly(accepted.cohortId());
        assertThat(as("applicant").get("/api/cohorts/me/cohorts").body()).as("nobody else's").isEmpty();
        assertThat(as("applicant").get("/api/cohorts/participants/" + participantId).status())
                .as("another applicant sees nothing").isEqualTo(404);
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.PARTICIPANT)) {
            var records = probe.pollUntil(seen -> seen.stream().anyMatch(r -> participantId.equals(r.key())), Duration.ofSeconds(30));
            assertThat(records).filteredOn(r -> participantId.equals(r.key())).singleElement().satisfies(r -> {
                assertThat(TopicProbe.header(r, "ce_type")).isEqualTo("org.ascend.cohort.participant-enrolled.v1");
                assertThat(EventContracts.validate("org.ascend.cohort.participant-enrolled.v1", r.value())).isEmpty();
            });
        }
    }

    @Test
    void eachStatusChangeIsRecordedWithWhoAndWhy() {
        var accepted = acceptedPlace();
        var manager = as("programme-manager");
        String participantId = manager.get("/api/cohorts/cohorts/" + accepted.cohortId() + "/participants").body().get(0)
                .path("id").asString();

        assertThat(manager.post("/api/cohorts/participants/" + participantId + "/status", Map.of("status", "WITHDRAWN")).status())
                .as("withdrawing needs a reason").isEqualTo(400);
        var uncategorised = manager.post("/api/cohorts/participants/" + participantId + "/status",
                Map.of("status", "WITHDRAWN", "reason", "Moved to a role outside the NHS"));
        assertThat(uncategorised.status()).isEqualTo(400);
        assertThat(uncategorised.body().toString()).as("says which categories there are").contains("reasonCategory", "LEFT_THE_NHS");
        assertThat(manager.post("/api/cohorts/participants/" + participantId + "/status", Map.of("status", "DEFERRED"))
                .text("status")).isEqualTo("DEFERRED");
        assertThat(manager.post("/api/cohorts/participants/" + participantId + "/status",
                Map.of("status", "WITHDRAWN", "reason", "Moved to a role outside the NHS", "reasonCategory", "ROLE_CHANGE")).text("status")).isEqualTo("WITHDRAWN");
        var back = manager.post("/api/cohorts/participants/" + participantId + "/status", Map.of("status", "ACTIVE"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.contentType()).startsWith("application/problem+json");

        JsonNode history = manager.get("/api/cohorts/participants/" + participantId + "/history").body();
        assertThat(history.findValuesAsString("to")).containsExactly("ACTIVE", "DEFERRED", "WITHDRAWN");
        assertThat(history.get(2).path("reason").asString()).isEqualTo("Moved to a role outside the NHS");
        assertThat(history.get(2).path("changedBy").asString()).isEqualTo("programme-manager");
        assertThat(history.get(2).path("reasonCategory").asString()).isEqualTo("ROLE_CHANGE");
        assertThat(as("applicant").post("/api/cohorts/participants/" + participantId + "/status", Map.of("status", "ACTIVE"))
                .status()).isEqualTo(403);
    }

    @Test
    void erasureAnonymisesTheParticipantAndKeepsTheCount() {
        var accepted = acceptedPlace();
        releaseDetails(accepted.applicationId(), "RJ1");
        var manager = as("programme-manager");
        String participantId = manager.get("/api/cohorts/cohorts/" + accepted.cohortId() + "/participants").body().get(0)
                .path("id").asString();
        Awaitility.await("details recorded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !manager.get("/api/cohorts/participants/" + participantId).body().path("contact").isNull());

        erased(accepted.applicationId());

        JsonNode erased = Awaitility.await("the participant anonymised").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> manager.get("/api/cohorts/participants/" + participantId).body(),
                        node -> !node.path("anonymisedAt").isNull());
        assertThat(erased.path("contact").isNull()).isTrue();
        assertThat(manager.get("/api/cohorts/cohorts/" + accepted.cohortId() + "/participants").body()).as("the count survives").hasSize(1);
        assertThat(accepted.applicant().get("/api/cohorts/me/participations").body()).as("no longer linked to them").isEmpty();
    }

    private record Accepted(String cohortId, String applicationId, Http applicant) {
    }

    private Accepted acceptedPlace() {
        var offered = offersMade(as("programme-manager"), 1, 1, 0);
        String cohortId = offered.cohortId();
        List<String> applications = offered.applications();
        Http applicant = applicantOf(anonymous, applications.get(0));
        String offerId = awaitOwnOffer(applicant, applications.get(0));
        assertThat(applicant.post("/api/cohorts/offers/" + offerId + "/accept", "").text("status")).isEqualTo("ACCEPTED");
        return new Accepted(cohortId, applications.get(0), applicant);
    }
}
