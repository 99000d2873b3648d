package org.ascend.recruitment;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox through a broker crash in the middle of a burst (docs/adr/0011): 3,000 events over 300
 * aggregates, the broker process killed while sends are in flight and started again within the producer's
 * delivery timeout. The producer's idempotent retries carry the sends across the gap: the topic holds every
 * event once, each aggregate's in commit order.
 */
@SpringBootTest(properties = "spring.kafka.admin.auto-create=false")
class OutboxThroughBrokerOutageTest {

    private static final OutboxBurst burst = new OutboxBurst(300);

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
    void everyEventReachesTheTopicOnceAndInOrderThoughTheBrokerCrashedMidway() {
        burst.publishRounds(transaction, events, 1, 4);
        burst.killBroker();
        burst.publishRounds(transaction, events, 5, 7);
        burst.restartBroker();
        burst.publishRounds(transaction, events, 8, OutboxBurst.ROUNDS);

        burst.assertTopicHoldsEveryEventOnceInOrder();
    }
}
