package org.ascend.recruitment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/events.md: per-aggregate order holds. A burst of submit-then-withdraw (three events per
 * application, two from one transaction) must reach Kafka as versions 1, 2, 3 for every application,
 * or a consumer could see "withdrawn" before "submitted" and act on a withdrawn applicant.
 */
class EventOrderTest extends ServiceIntegrationTest {

    @Test
    void everyApplicationsEventsArriveInVersionOrder() {
        String intakeId = openIntake(as("programme-manager"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Http applicant = asNewApplicant();
            String id = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()).text("id");
            assertThat(applicant.post("/api/recruitment/applications/" + id + "/withdraw", "").status()).isEqualTo(200);
            ids.add(id);
        }

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.application.v1")) {
            var records = probe.pollUntil(seen -> seen.stream().filter(r -> ids.contains(r.key())).count() >= 3L * ids.size(),
                    Duration.ofSeconds(60));
            Map<String, List<String>> versionsByApplication = new LinkedHashMap<>();
            records.stream().filter(r -> ids.contains(r.key())).forEach(r -> versionsByApplication
                    .computeIfAbsent(r.key(), k -> new ArrayList<>()).add(TopicProbe.header(r, "ce_aggregateversion")));

            assertThat(versionsByApplication).hasSize(ids.size());
            assertThat(versionsByApplication.values()).allSatisfy(versions -> assertThat(versions).containsExactly("1", "2", "3"));
        }
    }
}
