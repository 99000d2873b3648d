package org.ascend.cohort;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.ascend.cohort.career.CheckinService;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.ascend.cohort.CohortTestSupport.completed;
import static org.ascend.cohort.CohortTestSupport.consented;
import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Career check-ins (docs/cohorts.md, "Careers"): the job opens them on schedule for consenting alumni only, reminds
 * after 14 days at most twice, and the participant answers. Time is moved with the job's {@link Clock}, never slept.
 */
class CareerCheckinJobTest extends ServiceIntegrationTest {

    @Autowired
    CheckinService checkins;

    @Test
    void checkinsOpenOnScheduleAreRemindedAtMostTwiceAndAnswered() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJ1", "RR8"));
        var tracked = cohort.participants().get(0);
        var untracked = cohort.participants().get(1);
        completed(manager, tracked.id());
        completed(manager, untracked.id());
        consented(tracked, true, false);
        LocalDate completedOn = LocalDate.now();

        checkins.announceDue(at(completedOn.plusMonths(6).minusDays(1)));
        assertThat(checkinsOf(tracked)).as("not due the day before").isEmpty();

        checkins.announceDue(at(completedOn.plusMonths(6)));
        checkins.announceDue(at(completedOn.plusMonths(6))); // a second instance's tick, or a rerun
        JsonNode due = checkinsOf(tracked);
        assertThat(due).as("opened once, on its day").hasSize(1);
        assertThat(due.get(0).path("monthsAfterCompletion").asInt()).isEqualTo(6);
        assertThat(checkinsOf(untracked)).as("no consent, no check-in").isEmpty();

        for (int days = 14; days <= 56; days += 14) {
            checkins.announceDue(at(completedOn.plusMonths(6).plusDays(days)));
        }
        assertThat(checkinsOf(tracked).get(0).path("remindersSent").asInt()).as("reminded twice, no more").isEqualTo(2);
        assertThat(manager.get("/api/cohorts/cohorts/" + cohort.cohortId() + "/career-checkins/unanswered").body()
                .findValuesAsString("participantId")).as("the programme team sees it unanswered").containsExactly(tracked.id());

        String checkinId = due.get(0).path("id").asString();
        var answered = tracked.applicant().post("/api/cohorts/career-checkins/" + checkinId + "/answer", Map.of("moved", true,
                "move", CareerRecordsTest.directorRole(LocalDate.now().plusMonths(5)), "reflections", "The board role came early."));
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
        assertThat(answered.text("moved")).isEqualTo("true");
        assertThat(tracked.applicant().post("/api/cohorts/career-checkins/" + checkinId + "/answer", Map.of("moved", false))
                .status()).as("answered once").isEqualTo(409);
        assertThat(manager.get("/api/cohorts/participants/" + tracked.id() + "/career-records").body()
                .findValuesAsString("source")).containsExactly("SELF_REPORTED");
        assertThat(manager.get("/api/cohorts/cohorts/" + cohort.cohortId() + "/career-checkins/unanswered").body()).isEmpty();

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.CAREER)) {
            var seen = probe.pollUntil(records -> ofType(records, tracked.id(), "career-checkin-completed").size() == 1,
                    Duration.ofSeconds(30));
            var announcements = ofType(seen, tracked.id(), "career-checkin-due");
            assertThat(announcements).as("due, then two reminders").hasSize(3);
            assertThat(announcements).extracting(r -> new String(r.value()))
                    .allSatisfy(json -> assertThat(json).contains("\"monthsAfterCompletion\":6"))
                    .anySatisfy(json -> assertThat(json).contains("\"reminder\":2"));
            for (var record : seen.stream().filter(r -> tracked.id().equals(r.key())).toList()) {
                String type = TopicProbe.header(record, "ce_type");
                assertThat(EventContracts.validate(type, record.value())).as(type).isEmpty();
                assertThat(new String(record.value())).doesNotContain("board role came early");
            }
        }
    }

    @Test
    void aLateConsentIsAskedOnceAtTheLatestMilestoneAndTheSchemeSetsTheSchedule() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RX1"));
        var participant = cohort.participants().get(0);
        completed(manager, participant.id());
        consented(participant, false, false);
        String schemeId = manager.get("/api/cohorts/cohorts/" + cohort.cohortId()).text("schemeId");
        String schedule = "/api/cohorts/schemes/" + schemeId + "/career-checkin-schedule";
        assertThat(manager.get(schedule).body().path("monthsAfterCompletion").toString()).isEqualTo("[6,12,24,36]");
        assertThat(manager.put(schedule, Map.of("monthsAfterCompletion", List.of(0))).status()).isEqualTo(400);
        assertThat(manager.put(schedule, Map.of("monthsAfterCompletion", List.of(18, 9))).body()
                .path("monthsAfterCompletion").toString()).isEqualTo("[9,18]");

        checkins.announceDue(at(LocalDate.now().plusMonths(20)));
        JsonNode opened = checkinsOf(participant);
        assertThat(opened).as("only the latest milestone due").hasSize(1);
        assertThat(opened.get(0).path("monthsAfterCompletion").asInt()).isEqualTo(18);
        assertThat(manager.put("/api/cohorts/schemes/" + java.util.UUID.randomUUID() + "/career-checkin-schedule",
                Map.of("monthsAfterCompletion", List.of(6))).status()).as("an unknown scheme").isEqualTo(404);
    }

    /**
     * After a withdrawal, nothing more follows: the open check-in is anonymised, is never reminded (no event names the
     * person again) and cannot be answered; the job opens no new one.
     */
    @Test
    void afterAWithdrawalNoCheckinIsRemindedOpenedOrAnswered() {
        var manager = as("programme-manager");
        var participant = enrolled(manager, anonymous, List.of("RWE")).participants().get(0);
        completed(manager, participant.id());
        consented(participant, false, false);
        LocalDate completedOn = LocalDate.now();
        checkins.announceDue(at(completedOn.plusMonths(6)));
        String checkinId = checkinsOf(participant).get(0).path("id").asString();

        assertThat(participant.applicant().send("DELETE", "/api/cohorts/participants/" + participant.id() + "/career-consent",
                Map.of()).status()).isEqualTo(200);
        checkins.announceDue(at(completedOn.plusMonths(6).plusDays(14)));
        checkins.announceDue(at(completedOn.plusMonths(12)));

        assertThat(checkinsOf(participant)).as("no longer anyone's").isEmpty();
        var answer = participant.applicant().post("/api/cohorts/career-checkins/" + checkinId + "/answer", Map.of("moved", false));
        assertThat(answer.status()).as("a check-in of someone without consent").isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.CAREER)) {
            var seen = probe.pollUntil(records -> ofType(records, participant.id(), "career-consent-withdrawn").size() == 1,
                    Duration.ofSeconds(30));
            assertThat(ofType(seen, participant.id(), "career-checkin-due")).as("announced once, before the withdrawal").hasSize(1);
            var keyed = seen.stream().filter(r -> participant.id().equals(r.key())).toList();
            assertThat(TopicProbe.header(keyed.get(keyed.size() - 1), "ce_type")).as("nothing after the withdrawal")
                    .isEqualTo("org.ascend.cohort.career-consent-withdrawn.v1");
        }
    }

    private JsonNode checkinsOf(CohortTestSupport.EnrolledParticipant participant) {
        return participant.applicant().get("/api/cohorts/participants/" + participant.id() + "/career-checkins").body();
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> ofType(
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> seen, String key, String type) {
        return seen.stream().filter(r -> key.equals(r.key()))
                .filter(r -> ("org.ascend.cohort." + type + ".v1").equals(TopicProbe.header(r, "ce_type"))).toList();
    }
}
