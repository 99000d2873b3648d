package org.ascend.recruitment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every consumer gets from the starter's EventHandlers (docs/adr/0011): whatever order and however often
 * a key's events arrive, its handlers see them once each, in stream order. A repeat or a stale event is ignored;
 * one after a gap is held back, in the database, until the gap fills.
 */
class EventStreamOrderTest extends ServiceIntegrationTest {

    private static final String TOPIC = "ascend.test.order.v1";
    private static final String TYPE = "org.ascend.test.step.v1";

    record Step(String name) {
    }

    @Autowired
    EventInbox inbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private final List<String> applied = new ArrayList<>();
    private EventHandlers handlers;
    private String key;

    @BeforeEach
    void consumer() {
        handlers = EventHandlers.using(inbox).on(TYPE, Step.class, step -> applied.add(step.name())).build();
        key = "aggregate-" + UUID.randomUUID();
    }

    @Test
    void eventsArrivingOutOfOrderAndTwiceAreAppliedOnceInStreamOrder() {
        CloudEvent first = step(1, "first");
        CloudEvent second = step(2, "second");
        CloudEvent third = step(3, "third");
        CloudEvent fourth = step(4, "fourth");

        deliver(first);
        deliver(third);
        assertThat(applied).as("the third waits for the second").containsExactly("first");
        assertThat(held()).isEqualTo(1);
        deliver(third);
        deliver(fourth);
        deliver(second);
        deliver(step(2, "second again, as a new event"));
        deliver(first);

        assertThat(applied).containsExactly("first", "second", "third", "fourth");
        assertThat(held()).as("nothing left held back").isZero();
    }

    @Test
    void aStreamStartsWhereTheConsumerFirstMeetsIt() {
        // The topic's retention may have trimmed the first events of a key before this consumer started.
        deliver(step(5, "fifth"));
        deliver(step(7, "seventh"));
        deliver(step(6, "sixth"));

        assertThat(applied).containsExactly("fifth", "sixth", "seventh");
    }

    @Test
    void eventsWithoutAStreamNumberAreAppliedAsTheyComeButStillOnlyOnce() {
        CloudEvent unnumbered = CloudEventBuilder.v1(step(1, "old producer")).withoutExtension("streamsequence").build();

        deliver(unnumbered);
        deliver(unnumbered);

        assertThat(applied).containsExactly("old producer");
    }

    private void deliver(CloudEvent event) {
        transaction.executeWithoutResult(status -> handlers.apply(TOPIC, event));
    }

    private CloudEvent step(long sequence, String name) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withType(TYPE)
                .withSource(URI.create("/ascend/test")).withSubject(key)
                .withExtension("streamsequence", Long.toString(sequence))
                .withData("application/json", ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private long held() {
        return jdbc.sql("SELECT count(*) FROM held_event WHERE stream_key = :key").param("key", key)
                .query(Long.class).single();
    }
}
