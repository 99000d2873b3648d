package org.ascend.platform.events.consume;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.cloudevents.CloudEvent;

/**
 * One way to consume (docs/events.md): a listener builds one of these from the event types it acts on,
 * each with its own record type and handler, and hands every record of its topics to {@link #apply}
 * inside its transaction. Each event is applied once (its id is recorded first, in the same
 * transaction); types without a handler are recorded and left alone, since a consumer takes only what it
 * needs from a topic.
 */
public final class EventHandlers {

    private final EventInbox inbox;
    private final Map<String, Consumer<CloudEvent>> byType;

    private EventHandlers(EventInbox inbox, Map<String, Consumer<CloudEvent>> byType) {
        this.inbox = inbox;
        this.byType = Map.copyOf(byType);
    }

    public static Builder using(EventInbox inbox) {
        return new Builder(inbox);
    }

    /** Applies the event once, with the handler for its type; call inside the transaction of its effect. */
    public void apply(CloudEvent event) {
        if (!inbox.firstDelivery(event)) {
            return;
        }
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

        /** As {@link #on}, with the producer's aggregate version, for read models that ignore stale events. */
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
