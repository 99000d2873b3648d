package org.ascend.e2e;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The careers issue's acceptance, through the gateway, after a participant completed (docs/cohorts.md, "Careers"):
 * they consent; a check-in falls due and the running job opens it; they report a move into a director role; the move
 * reaches Kafka with no personal data; the alumni directory and a local talent pool show what was agreed; after
 * withdrawing consent they are gone from both.
 */
final class CareerJourney {

    private static final String CAREER_TOPIC = "ascend.cohort.career.v1";

    private CareerJourney() {
    }

    static void afterCompletion(Http gateway, Http manager, Http participant, String participantId, String cohortId)
            throws SQLException {
        String schemeId = manager.get("/api/cohorts/cohorts/" + cohortId).text("schemeId");
        String directory = "/api/cohorts/schemes/" + schemeId + "/alumni-directory";

        // 2. Consent: in the alumni directory and local talent pools, email not shared.
        sixMonthsPass(participantId);
        var consent = participant.put("/api/cohorts/participants/" + participantId + "/career-consent", Map.of(
                "trackForYears", 3, "shareInAlumniDirectory", true, "shareInTalentPool", true));
        assertThat(consent.status()).as(consent.body().toString()).isEqualTo(200);

        // 3. The 6-month check-in falls due: the running service's job (every minute) opens it by itself.
        JsonNode checkin = Awaitility.await("the check-in job opens the 6-month check-in").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> participant.get("/api/cohorts/participants/" + participantId + "/career-checkins").body(),
                        body -> body.size() == 1).get(0);
        assertThat(checkin.path("monthsAfterCompletion").asInt()).isEqualTo(6);

        // 4. They answer: a move into a director role.
        var answered = participant.post("/api/cohorts/career-checkins/" + checkin.path("id").asString() + "/answer", Map.of(
                "moved", true, "reflections", "Stepping up came sooner than I thought.", "move", Map.of(
                        "organisationCode", "RJE", "organisationType", "ACUTE_TRUST", "regionCode", "Y60",
                        "roleTitle", "Director of Workforce, University Hospitals of North Midlands",
                        "roleFamily", "DIRECTOR_OF_WORKFORCE", "band", "VSM",
                        "startsOn", LocalDate.now().minusMonths(1).toString(), "boardLevel", true, "interim", false)));
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);

        // 5. The move reaches Kafka (read as a regional system): role family and flags, no personal data.
        String move = moveOnKafka(participantId);
        assertThat(move).contains("\"roleFamily\":\"DIRECTOR_OF_WORKFORCE\"", "\"boardLevel\":true", "\"monthsSinceCompletion\":6")
                .doesNotContain("Annie", "Journey", "RJE", "North Midlands", "Stepping up", "@");

        // 6. The directory and a local talent pool show what was agreed.
        assertThat(manager.get(directory).body().findValuesAsString("currentRoleTitle"))
                .contains("Director of Workforce, University Hospitals of North Midlands");
        String systemId = manager.post("/api/cohorts/local-systems", Map.of("name", "Journey ICS " + UUID.randomUUID(),
                "regionCode", "Y60", "memberOrganisations", List.of("QNC", "RJE", "RLY"))).text("id");
        String pool = "/api/cohorts/local-systems/" + systemId + "/talent-pool";
        assertThat(manager.put(pool + "/" + participantId, Map.of("readiness", "READY_NOW",
                "roleFamilies", List.of("CHIEF_PEOPLE_OFFICER"))).status()).isEqualTo(200);
        Http talentLead = gateway.withToken(LocalPlatform.token("talent-lead"));
        JsonNode found = talentLead.get(pool).body();
        assertThat(found.findValuesAsString("givenName")).containsExactly("Annie");
        assertThat(found.get(0).path("email").isNull()).as("email not shared").isTrue();

        // 7. Consent withdrawn: gone from the directory and the pool at once.
        assertThat(participant.send("DELETE", "/api/cohorts/participants/" + participantId + "/career-consent", Map.of())
                .status()).isEqualTo(200);
        assertThat(manager.get(directory).body().findValuesAsString("givenName")).doesNotContain("Annie");
        assertThat(talentLead.get(pool).body()).isEmpty();
    }

    /** Time passes: the completion is dated seven months back in cohort's database, as waiting would. */
    static void sixMonthsPass(String participantId) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:15432/cohort", "ascend", "ascend");
                var update = db.prepareStatement("UPDATE participant_status_change SET changed_at = changed_at - interval '7 months'"
                        + " WHERE participant_id = ? AND to_status = 'COMPLETED'")) {
            update.setObject(1, UUID.fromString(participantId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String moveOnKafka(String participantId) {
        Properties properties = new Properties();
        properties.putAll(LocalPlatform.kafkaClient("regional-system"));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "regional-career-e2e-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(consumer.partitionsFor(CAREER_TOPIC, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(CAREER_TOPIC, info.partition())).toList());
            consumer.seekToBeginning(consumer.assignment());
            List<ConsumerRecord<String, String>> moves = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (moves.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    var type = record.headers().lastHeader("ce_type");
                    if (participantId.equals(record.key()) && type != null
                            && new String(type.value()).equals("org.ascend.cohort.career-move-recorded.v1")) {
                        moves.add(record);
                    }
                });
            }
            assertThat(moves).as("career-move-recorded for the participant").hasSize(1);
            return moves.get(0).value();
        }
    }
}
