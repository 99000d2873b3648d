package org.ascend.recruitment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox through an outage longer than a send may wait (docs/adr/0011). Sends fail; the service keeps
 * accepting submissions (201, committed); the outbox tries each failed event again with backoff, holding back its
 * aggregate's later events meanwhile. Once the broker is back, every event arrives once, in commit order: a
 * retried event never overtakes a newer one, and none is sent twice. (The broker is killed while the outbox is
 * idle, so no send is caught half-way: that case is {@link OutboxThroughBrokerOutageTest}'s.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.admin.auto-create=false",
        // Sends give up after 5 s, so the outage outlasts them and the outbox's own retries are what deliver. (Not
        // shorter: a broker just restarted may answer slowly, and a send that gives up while its record is being
        // written is the one case that can repeat an event.)
        "spring.kafka.producer.properties.max.block.ms=2000",
        "spring.kafka.producer.properties.request.timeout.ms=2000",
        "spring.kafka.producer.properties.delivery.timeout.ms=5000"})
class OutboxRetryOrderTest {

    private static final OutboxBurst burst = new OutboxBurst(100);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        burst.register(registry);
    }

    @AfterAll
    static void stopBroker() {
        burst.stopBroker();
    }

    @Test
    void failedSendsAreRetriedInOrderAndOnceWhileSubmissionsGoOn() {
        var http = new Http("http://127.0.0.1:" + port);
        String intakeId = openIntake(http.withToken(TestIdentity.token("programme-manager")));
        burst.publishRounds(transaction, events, 1, 3);
        Awaitility.await("the outbox idle before the crash").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).until(this::unsentRecords, n -> n == 0);
        burst.killBroker();

        burst.publishRounds(transaction, events, 4, 7);
        List<String> applicationIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var response = http.withToken(TestIdentity.newApplicantToken())
                    .post("/api/recruitment/intakes/" + intakeId + "/applications", applicant());
            assertThat(response.status()).as("submissions are accepted while Kafka is down").isEqualTo(201);
            applicationIds.add(response.text("id"));
        }
        Awaitility.await("sends failing and waiting to be tried again").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(this::failedSends, n -> n > 0);
        burst.restartBroker();
        burst.publishRounds(transaction, events, 8, OutboxBurst.ROUNDS);

        burst.assertTopicHoldsEveryEventOnceInOrder();
        try (var probe = TopicProbe.reading(burst.bootstrapServers(), "ascend.recruitment.application.v1")) {
            var records = probe.pollUntil(seen -> keys(seen).containsAll(applicationIds), Duration.ofSeconds(60));
            assertThat(keys(records)).containsAll(applicationIds);
        }
        Awaitility.await("the outbox empties once everything is sent").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(this::unsentRecords, n -> n == 0);
    }

    private long unsentRecords() {
        return jdbc.sql("SELECT count(*) FROM outbox_record").query(Long.class).single();
    }

    private long failedSends() {
        return jdbc.sql("SELECT count(*) FROM outbox_record WHERE failure_count > 0").query(Long.class).single();
    }

    private static Set<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }
}
