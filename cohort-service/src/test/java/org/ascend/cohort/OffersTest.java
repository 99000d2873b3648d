package org.ascend.cohort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import org.ascend.cohort.offer.OfferService;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.cohort.CohortTestSupport.applicantOf;
import static org.ascend.cohort.CohortTestSupport.awaitOwnOffer;
import static org.ascend.cohort.CohortTestSupport.createCohort;
import static org.ascend.cohort.CohortTestSupport.decided;
import static org.ascend.cohort.CohortTestSupport.offersMade;
import static org.ascend.cohort.CohortTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offers from the stage outcome (docs/cohorts.md): in rank order up to capacity, the rest who progressed on the
 * waiting list; each decline, expiry or approved deferral offers the place to the next at once; acceptances never
 * over-fill a cohort.
 */
class OffersTest extends ServiceIntegrationTest {

    @Autowired
    OfferService offerService;
    @Autowired
    JdbcClient jdbc;

    private Http manager() {
        return as("programme-manager");
    }

    @Test
    void offersFollowRankUpToCapacityAndTheRestWait() {
        String intakeId = openIntake(manager(), 3);
        List<String> applications = decided(manager(), intakeId, 6, 1); // scores 6.0, 5.0 … 1.0; the sixth does not progress
        String cohortId = createCohort(manager(), intakeId, null);

        var places = manager().post("/api/cohorts/cohorts/" + cohortId + "/offers", Map.of("respondWithinDays", 14));

        assertThat(places.status()).isEqualTo(200);
        assertThat(places.body().path("offered").asInt()).isEqualTo(3);
        assertThat(places.body().path("waiting").asInt()).isEqualTo(2);
        assertThat(places.body().path("free").asInt()).isZero();
        var offers = manager().get("/api/cohorts/cohorts/" + cohortId + "/offers").body();
        assertThat(offers.findValuesAsString("applicationId")).containsExactlyElementsOf(applications.subList(0, 5));
        assertThat(offers.findValuesAsString("status")).containsExactly("OFFERED", "OFFERED", "OFFERED", "WAITLISTED", "WAITLISTED");
        assertThat(manager().post("/api/cohorts/cohorts/" + cohortId + "/offers", Map.of("respondWithinDays", 14)).status())
                .as("offers are made once").isEqualTo(409);
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.OFFER)) {
            var made = probe.pollUntil(seen -> cohortEvents(seen, cohortId).size() >= 3, Duration.ofSeconds(30));
            assertThat(cohortEvents(made, cohortId)).hasSize(3)
                    .allSatisfy(r -> assertThat(TopicProbe.header(r, "ce_type")).isEqualTo("org.ascend.cohort.offer-made.v1"));
        }
    }

    @Test
    void aDeclineAndAnExpiryEachPromoteTheNextOnTheWaitingList() {
        var offered = offersMade(manager(), 2, 4, 0);
        String cohortId = offered.cohortId();
        List<String> applications = offered.applications();
        Http first = applicantOf(anonymous, applications.get(0));
        String firstOffer = awaitOwnOffer(first, applications.get(0));

        var declined = first.post("/api/cohorts/offers/" + firstOffer + "/decline", Map.of("reason", "PROGRAMME_DATES",
                "note", "The residential clashes with a long-planned family event."));

        assertThat(declined.text("status")).isEqualTo("DECLINED");
        assertThat(statuses(cohortId)).containsExactly("DECLINED", "OFFERED", "OFFERED", "WAITLISTED");

        // Time passes: the second offer's deadline is behind us, and the expiry job runs.
        jdbc.sql("UPDATE offer SET respond_by = now() - interval '1 minute' WHERE cohort_id = :cohort AND rank = 2")
                .param("cohort", UUID.fromString(cohortId)).update();
        assertThat(offerService.expireDue()).isEqualTo(1);

        assertThat(statuses(cohortId)).containsExactly("DECLINED", "EXPIRED", "OFFERED", "OFFERED");
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.OFFER)) {
            // Each offer is keyed by its own application, so these events sit on different partitions and arrive
            // in any order: wait for every one the test checks, not only for the last written.
            var events = probe.pollUntil(seen -> types(cohortEvents(seen, cohortId)).containsAll(
                            List.of("org.ascend.cohort.offer-declined.v1", "org.ascend.cohort.offer-expired.v1"))
                    && types(cohortEvents(seen, cohortId)).stream().filter(t -> t.endsWith("waitlist-promoted.v1")).count() == 2,
                    Duration.ofSeconds(30));
            List<String> types = types(cohortEvents(events, cohortId));
            assertThat(types).contains("org.ascend.cohort.offer-declined.v1", "org.ascend.cohort.offer-expired.v1");
            assertThat(types.stream().filter(t -> t.endsWith("waitlist-promoted.v1"))).hasSize(2);
            assertThat(cohortEvents(events, cohortId)).as("a decline's note never leaves the service")
                    .noneMatch(r -> new String(r.value()).contains("family event"));
            assertThat(cohortEvents(events, cohortId)).as("every event keeps its contract").allSatisfy(r ->
                    assertThat(EventContracts.validate(TopicProbe.header(r, "ce_type"), r.value())).isEmpty());
        }
    }

    @Test
    void anApplicantAnswersOnlyTheirOwnOfferAndOnlyWhileItIsOpen() {
        var offered = offersMade(manager(), 1, 2, 0);
        String cohortId = offered.cohortId();
        List<String> applications = offered.applications();
        Http offeree = applicantOf(anonymous, applications.get(0));
        String offerId = awaitOwnOffer(offeree, applications.get(0));

        assertThat(as("applicant").post("/api/cohorts/offers/" + offerId + "/accept", "").status())
                .as("someone else's offer looks absent").isEqualTo(404);
        assertThat(offeree.post("/api/cohorts/offers/" + offerId + "/decline", Map.of("reason", "NOT_A_REASON")).status())
                .isEqualTo(400);
        assertThat(offeree.post("/api/cohorts/offers/" + offerId + "/accept", "").text("status")).isEqualTo("ACCEPTED");
        var again = offeree.post("/api/cohorts/offers/" + offerId + "/decline", Map.of("reason", "WORKLOAD"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(manager().put("/api/cohorts/cohorts/" + cohortId + "/capacity", Map.of("capacity", 0)).status()).isEqualTo(400);
        var places = manager().get("/api/cohorts/cohorts/" + cohortId + "/places").body();
        assertThat(places.path("accepted").asInt()).isEqualTo(1);
        assertThat(places.path("waiting").asInt()).isEqualTo(1);
    }

    @Test
    void aDeferralApprovedFreesThePlaceForTheWaitingList() {
        var offered = offersMade(manager(), 1, 2, 0);
        String cohortId = offered.cohortId();
        List<String> applications = offered.applications();
        Http offeree = applicantOf(anonymous, applications.get(0));
        String offerId = awaitOwnOffer(offeree, applications.get(0));

        assertThat(offeree.post("/api/cohorts/offers/" + offerId + "/deferral", "").text("status")).isEqualTo("DEFERRAL_REQUESTED");
        assertThat(statuses(cohortId)).containsExactly("DEFERRAL_REQUESTED", "WAITLISTED");
        var approved = manager().post("/api/cohorts/offers/" + offerId + "/deferral/decision", Map.of("approve", true));

        assertThat(approved.text("status")).isEqualTo("DEFERRED");
        assertThat(statuses(cohortId)).containsExactly("DEFERRED", "OFFERED");
    }

    @Test
    void twoAcceptancesRacingForTheLastPlaceNeverOverFillTheCohort() throws Exception {
        var offered = offersMade(manager(), 2, 2, 0);
        String cohortId = offered.cohortId();
        List<String> applications = offered.applications();
        Http a = applicantOf(anonymous, applications.get(0));
        Http b = applicantOf(anonymous, applications.get(1));
        String offerA = awaitOwnOffer(a, applications.get(0));
        String offerB = awaitOwnOffer(b, applications.get(1));
        // The programme team cuts the cohort to one place while both offers are out.
        assertThat(manager().put("/api/cohorts/cohorts/" + cohortId + "/capacity", Map.of("capacity", 1)).status()).isEqualTo(200);

        List<Callable<Integer>> both = List.of(() -> a.post("/api/cohorts/offers/" + offerA + "/accept", "").status(),
                () -> b.post("/api/cohorts/offers/" + offerB + "/accept", "").status());
        List<Integer> statuses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (var result : pool.invokeAll(both)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(manager().get("/api/cohorts/cohorts/" + cohortId + "/places").body().path("accepted").asInt()).isEqualTo(1);
        assertThat(manager().put("/api/cohorts/cohorts/" + cohortId + "/capacity", Map.of("capacity", 1)).status()).isEqualTo(200);
    }

    @Test
    void capacityNeverGoesBelowThoseWhoAcceptedAndADeadlineIsNeverInThePast() {
        var offered = offersMade(manager(), 2, 2, 0);
        String cohortId = offered.cohortId();
        for (String application : offered.applications()) {
            Http applicant = applicantOf(anonymous, application);
            assertThat(applicant.post("/api/cohorts/offers/" + awaitOwnOffer(applicant, application) + "/accept", "").status())
                    .isEqualTo(200);
        }
        var refused = manager().put("/api/cohorts/cohorts/" + cohortId + "/capacity", Map.of("capacity", 1));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).endsWith("capacity-below-accepted");
        assertThat(manager().get("/api/cohorts/cohorts/" + cohortId + "/places").body().path("capacity").asInt())
                .as("unchanged").isEqualTo(2);

        String intakeId = CohortTestSupport.openIntake(manager(), 1);
        CohortTestSupport.decided(manager(), intakeId, 1, 0);
        String other = CohortTestSupport.createCohort(manager(), intakeId, null);
        for (int days : new int[] {0, -3}) {
            var pastDeadline = manager().post("/api/cohorts/cohorts/" + other + "/offers", Map.of("respondWithinDays", days));
            assertThat(pastDeadline.status()).as("a deadline of " + days + " days").isEqualTo(400);
            assertThat(pastDeadline.contentType()).startsWith("application/problem+json");
        }
        assertThat(statuses(other)).as("no offers made").isEmpty();
    }

    private List<String> statuses(String cohortId) {
        return manager().get("/api/cohorts/cohorts/" + cohortId + "/offers").body().findValuesAsString("status");
    }

    private static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> cohortEvents(
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records, String cohortId) {
        Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> ofCohort = r -> new String(r.value()).contains(cohortId);
        return records.stream().filter(ofCohort).toList();
    }

    private static List<String> types(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> TopicProbe.header(r, "ce_type")).toList();
    }
}
