package org.ascend.platform.events.consume;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One way to consume (docs/events.md): a listener builds one of these from the event types it acts on, each
 * with its own record type and handler, and hands every record of its topics to {@link #apply} inside its
 * transaction. Each event is applied once, and each key's events in the producer's order:
 * <ul>
 * <li>an id already seen is ignored (a redelivery);</li>
 * <li>a {@code streamsequence} at or below the last one applied is ignored (stale);</li>
 * <li>one beyond the next expected is held back until the events before it arrive, then applied in order
 * (docs/adr/0011).</li>
 * </ul>
 * A key's stream starts wherever this consumer first meets it: a consumer that starts after the topic's retention
 * trimmed a key's first events must not wait for them forever.
 * Types without a handler still count in the stream, since a consumer takes only what it needs from a topic.
 */
public final class EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

    private final EventInbox inbox;
    private final Map<String, Consumer<CloudEvent>> byType;

    private EventHandlers(EventInbox inbox, Map<String, Consumer<CloudEvent>> byType) {
        this.inbox = inbox;
        this.byType = Map.copyOf(byType);
    }

    public static Builder using(EventInbox inbox) {
        return new Builder(inbox);
    }

    /**
     * Applies the event, read from {@code topic}, once and in its stream's order; call inside the transaction
     * of its effect (a listener takes the topic from the {@code KafkaHeaders.RECEIVED_TOPIC} header).
     */
    public void apply(String topic, CloudEvent event) {
        if (!inbox.firstDelivery(event)) {
            return;
        }
        Optional<Long> sequence = EventInbox.streamSequence(event);
        if (sequence.isEmpty()) {
            dispatch(event); // an event from before streams were numbered: its id alone keeps it single
            return;
        }
        String key = event.getSubject();
        long position = sequence.get();
        long last = inbox.lastApplied(topic, key).orElse(position - 1);
        if (position <= last) {
            log.debug("Ignoring stale event {} on {} for {}: position {} is at or below {}", event.getId(), topic, key,
                    position, last);
            return;
        }
        if (position > last + 1) {
            inbox.hold(topic, position, event);
            log.warn("Holding back event {} on {} for {}: position {} arrived before {}; it is applied once the gap "
                    + "fills (replay the missing events, e.g. from {}.dlt)", event.getId(), topic, key, position,
                    last + 1, topic);
            return;
        }
        dispatch(event);
        long applied = position;
        for (Optional<CloudEvent> next = inbox.takeHeld(topic, key, applied + 1); next.isPresent();
                next = inbox.takeHeld(topic, key, applied + 1)) {
            dispatch(next.get());
            applied++;
            log.info("Applied held event {} on {} for {} at position {}", next.get().getId(), topic, key, applied);
        }
        inbox.applied(topic, key, applied);
    }

    private void dispatch(CloudEvent event) {
        Consumer<CloudEvent> handler = byType.get(event.getType());
        if (handler != null) {
            handler.accept(event);
        }
    }

    public static final class Builder {

        private final EventInbox inbox;
        private final Map<String, Consumer<CloudEvent>> byType = new HashMap<>();

        private Builder(EventInbox inbox) {
            this.inbox = inbox;
        }

        /** Events of {@code type} are read as {@code dataType} and given to {@code handler}. */
        public <T> Builder on(String type, Class<T> dataType, Consumer<? super T> handler) {
            return add(type, event -> handler.accept(inbox.data(event, dataType)));
        }

        /** As {@link #on}, with the producer's aggregate version, for read models that keep it. */
        public <T> Builder onVersioned(String type, Class<T> dataType, BiConsumer<? super T, Long> handler) {
            return add(type, event -> handler.accept(inbox.data(event, dataType), EventInbox.aggregateVersion(event)));
        }

        public EventHandlers build() {
            return new EventHandlers(inbox, byType);
        }

        private Builder add(String type, Consumer<CloudEvent> handler) {
            if (byType.putIfAbsent(type, handler) != null) {
                throw new IllegalStateException("Two handlers for event type " + type);
            }
            return this;
        }
    }
}
