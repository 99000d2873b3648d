package org.ascend.reporting.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;

import tools.jackson.databind.json.JsonMapper;

/**
 * A scheme's intake as the other services' events describe it, in a financial year no other test uses: 60 applicants
 * (40 in the Midlands, 20 in London), half of them BME, half women; sift scores; 16 offers, 15 enrolled, 12 completed
 * and 3 withdrew; four sessions; and regional network events.
 */
final class ReportData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String scheme = UUID.randomUUID().toString();
    final String intake = UUID.randomUUID().toString();
    final String cohort = UUID.randomUUID().toString();
    final int year = 2100 + new java.util.Random().nextInt(800);
    final String financialYear = year + "/" + String.format("%02d", (year + 1) % 100);
    final List<String> applications = new ArrayList<>();
    /** The enrolled participants' sift scores and whether they completed, in order. */
    final List<double[]> enrolled = new ArrayList<>();

    ReportData send() {
        send("ascend.recruitment.intake.v1", intake, "org.ascend.recruitment.intake-opened.v1", Map.of("intakeId", intake,
                "schemeId", scheme, "places", 15, "opensAt", year + "-06-01T09:00:00Z", "closesAt", year + "-07-01T09:00:00Z"));
        for (int i = 0; i < 60; i++) {
            String id = UUID.randomUUID().toString();
            applications.add(id);
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-submitted.v1", Map.of(
                    "applicationId", id, "intakeId", intake, "regionCode", i < 40 ? "Y60" : "Y56",
                    "submittedAt", year + "-06-10T09:00:00Z"));
            boolean bme = i % 2 == 1;
            send("ascend.recruitment.equality.v1", id, "org.ascend.recruitment.equality-recorded.v1", new HashMap<>(Map.of(
                    "applicationId", id, "intakeId", intake, "sex", i % 4 < 2 ? "FEMALE" : "MALE",
                    "ethnicCategory", bme ? "H" : "A", "ethnicGroup", bme ? "Asian or Asian British" : "White",
                    "blackAndMinorityEthnic", bme)));
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-screened.v1", Map.of(
                    "applicationId", id, "intakeId", intake, "eligible", i % 10 != 9, "screenedAt", year + "-07-02T09:00:00Z"));
        }
        for (int i = 0; i < 54; i++) {
            String id = applications.get(i);
            if (i % 10 == 9) {
                continue;
            }
            boolean progressed = i < 32;
            double score = progressed ? 3.0 + (i % 7) * 0.25 : 1.5 + (i % 5) * 0.2;
            send("ascend.assessment.case.v1", UUID.randomUUID().toString(), "org.ascend.assessment.stage-outcome-decided.v1",
                    Map.of("caseId", UUID.randomUUID().toString(), "applicationId", id, "intakeId", intake, "stage", "SIFT",
                            "decision", progressed ? "PROGRESS" : "REJECT", "finalScore", score, "tieBreak", false));
        }
        int offers = 0;
        for (int i = 0; i < 32 && offers < 16; i++) {
            if (i % 10 == 9) {
                continue;
            }
            String id = applications.get(i);
            send("ascend.cohort.offer.v1", UUID.randomUUID().toString(), "org.ascend.cohort.offer-made.v1", Map.of(
                    "offerId", UUID.randomUUID().toString(), "cohortId", cohort, "intakeId", intake, "applicationId", id));
            if (offers < 15) {
                String participant = UUID.randomUUID().toString();
                participant(participant, "participant-enrolled", id, year + "-09-01T09:00:00Z", null);
                boolean completes = offers % 5 != 4; // 12 complete, 3 withdraw
                participant(participant, completes ? "participant-completed" : "participant-withdrawn", id,
                        (year + 1) + "-03-01T09:00:00Z", completes ? null : "WORKLOAD");
                enrolled.add(new double[] {3.0 + (i % 7) * 0.25, completes ? 1 : 0});
            }
            offers++;
        }
        for (int s = 0; s < 4; s++) {
            String session = UUID.randomUUID().toString();
            send("ascend.cohort.session.v1", session, "org.ascend.cohort.session-held.v1", Map.of("sessionId", session,
                    "cohortId", cohort, "kind", s == 3 ? "MASTERCLASS" : "MODULE", "startsAt", (s < 3 ? year + "-1" + s : (year + 1) + "-01") + "-15T09:30:00Z",
                    "attended", 13, "apologies", 1, "absent", 1));
        }
        network("Y60", "WORKSHOP", Map.of("ACUTE_TRUST", 22, "MENTAL_HEALTH_TRUST", 4));
        network("Y60", "NETWORK_MEETING", Map.of("ACUTE_TRUST", 18));
        network("Y60", "WORKSHOP", Map.of("ACUTE_TRUST", 9, "INTEGRATED_CARE_BOARD", 3));
        network("Y56", "CONFERENCE", Map.of("ACUTE_TRUST", 41));
        return this;
    }

    private void participant(String participant, String type, String application, String at, String reason) {
        Map<String, Object> data = new HashMap<>(Map.of("participantId", participant, "cohortId", cohort, "intakeId", intake,
                "applicationId", application, "occurredAt", at));
        if (reason != null) {
            data.put("reasonCategory", reason);
        }
        send("ascend.cohort.participant.v1", participant, "org.ascend.cohort." + type + ".v1", data);
    }

    private void network(String region, String kind, Map<String, Integer> attendance) {
        String id = UUID.randomUUID().toString();
        send("ascend.cohort.network.v1", id, "org.ascend.cohort.network-event-recorded.v1", Map.of("networkEventId", id,
                "networkId", UUID.randomUUID().toString(), "regionCode", region, "heldOn", year + "-10-01",
                "financialYear", financialYear, "kind", kind, "attendanceByOrganisationType", attendance,
                "totalAttendance", attendance.values().stream().mapToInt(Integer::intValue).sum()));
    }

    private static void send(String topic, String key, String type, Map<String, Object> data) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data)));
    }
}
