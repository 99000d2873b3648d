package org.ascend.platform.events;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Events a database still held unsent in the old outbox table ({@code event_publication}, Spring Modulith's,
 * before docs/adr/0011) go into the new outbox once, at start-up, in the order they were published: nothing
 * acknowledged before the upgrade is lost. Each is deleted from the old table in the same transaction.
 */
public class ModulithPublicationsCarriedOver {

    private static final Logger log = LoggerFactory.getLogger(ModulithPublicationsCarriedOver.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    public ModulithPublicationsCarriedOver(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.transaction = transaction;
    }

    private record Unsent(String id, String type, String event) {
    }

    @EventListener(ApplicationReadyEvent.class)
    public void carryOver() {
        transaction.executeWithoutResult(status -> {
            List<Unsent> unsent = jdbc.sql("""
                    SELECT id::text, event_type, serialized_event FROM event_publication
                    WHERE completion_date IS NULL ORDER BY publication_date FOR UPDATE SKIP LOCKED""")
                    .query((rs, row) -> new Unsent(rs.getString(1), rs.getString(2), rs.getString(3))).list();
            for (Unsent publication : unsent) {
                events.publishEvent(json.readValue(publication.event(), domainEventType(publication.type())));
                jdbc.sql("DELETE FROM event_publication WHERE id = :id::uuid").param("id", publication.id()).update();
            }
            if (!unsent.isEmpty()) {
                log.info("Carried {} unsent events over from the old outbox table", unsent.size());
            }
        });
    }

    private static Class<? extends DomainEvent> domainEventType(String name) {
        try {
            return Class.forName(name).asSubclass(DomainEvent.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("An unsent event of type " + name
                    + " is waiting in event_publication, but that type no longer exists", e);
        }
    }
}
