package org.ascend.reporting.rebuild;

import io.cloudevents.CloudEvent;

/**
 * A Kafka listener that builds reporting's read models. The topics it reads are the ones on its
 * {@code @KafkaListener}; {@link #apply} is the listener method itself, so a rebuild (docs/reporting.md) replays
 * every record through exactly the code that built the live tables. Every listener in reporting must be one.
 */
public interface ReadModelFeed {

    /** Applies one record read from {@code topic}, inside the caller's transaction. */
    void apply(String topic, CloudEvent event);
}
