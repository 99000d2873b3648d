package org.ascend.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.ascend.recruitment.placement.events.OfferMade;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When cohort offers a place, recruitment tells cohort, on the restricted offeree topic, whose application it is
 * (docs/adr/0012): the applicant's sign-in subject; once they accept, the contact details a programme team needs.
 * Nothing else of the application.
 */
class OffereesTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anOfferMadeIsAnsweredWithTheOffereesSubjectOnly() {
        String intakeId = openIntake(as("programme-manager"));
        String subject = "applicant-" + UUID.randomUUID();
        var form = applicant();
        String applicationId = anonymous.withToken(TestIdentity.token("applicant", c -> c.subject(subject)))
                .post("/api/recruitment/intakes/" + intakeId + "/applications", form).text("id");
        String offerId = UUID.randomUUID().toString();

        offerMade(offerId, intakeId, applicationId);

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.OFFEREE)) {
            var records = probe.pollUntil(seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())), Duration.ofSeconds(30));
            var identified = records.stream().filter(r -> applicationId.equals(r.key())).toList();
            assertThat(identified).singleElement().satisfies(r -> {
                assertThat(TopicProbe.header(r, "ce_type")).isEqualTo("org.ascend.recruitment.offeree-identified.v1");
                assertThat(EventContracts.validate("org.ascend.recruitment.offeree-identified.v1", r.value())).isEmpty();
                var data = JSON.readTree(r.value());
                assertThat(data.path("applicantSubject").asString()).isEqualTo(subject);
                assertThat(data.path("offerId").asString()).isEqualTo(offerId);
                assertThat(new String(r.value())).doesNotContain(form.get("applicantEmail").toString())
                        .doesNotContain(form.get("familyName").toString());
            });
        }
    }

    @Test
    void anAcceptedOfferReleasesTheContactDetailsOnlyToCohort() {
        String intakeId = openIntake(as("programme-manager"));
        var form = applicant();
        String applicationId = asNewApplicant().post("/api/recruitment/intakes/" + intakeId + "/applications", form).text("id");
        String offerId = UUID.randomUUID().toString();

        send(Topics.OFFER, offerId, "org.ascend.cohort.offer-accepted.v1", Map.of("eventId", UUID.randomUUID().toString(),
                "offerId", offerId, "cohortId", UUID.randomUUID().toString(), "intakeId", intakeId,
                "applicationId", applicationId, "aggregateVersion", 2, "occurredAt", Instant.now().toString()));

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.OFFEREE)) {
            var records = probe.pollUntil(seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())), Duration.ofSeconds(30));
            assertThat(records).filteredOn(r -> applicationId.equals(r.key())).singleElement().satisfies(r -> {
                assertThat(TopicProbe.header(r, "ce_type")).isEqualTo("org.ascend.recruitment.participant-details-released.v1");
                assertThat(EventContracts.validate("org.ascend.recruitment.participant-details-released.v1", r.value())).isEmpty();
                var data = JSON.readTree(r.value());
                assertThat(data.path("email").asString()).isEqualTo(form.get("applicantEmail"));
                assertThat(data.path("familyName").asString()).isEqualTo(form.get("familyName"));
                assertThat(data.has("answers") || data.has("ethnicCategory")).as("nothing else of the application").isFalse();
            });
        }
    }

    @Test
    void offerMadeExamplesParse() {
        assertThat(EventContracts.examples(OfferMade.TYPE)).isNotEmpty().allSatisfy(example ->
                assertThat(JSON.readValue(example, OfferMade.class).applicationId()).isNotNull());
    }

    private static void offerMade(String offerId, String intakeId, String applicationId) {
        send(Topics.OFFER, offerId, OfferMade.TYPE, Map.of("eventId", UUID.randomUUID().toString(), "offerId", offerId,
                "cohortId", UUID.randomUUID().toString(), "intakeId", intakeId, "applicationId", applicationId, "rank", 1,
                "respondBy", Instant.now().plusSeconds(86_400).toString(), "fromWaitingList", false, "aggregateVersion", 1,
                "occurredAt", Instant.now().toString()));
    }

    private static void send(String topic, String key, String type, Map<String, Object> data) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data)));
    }
}
