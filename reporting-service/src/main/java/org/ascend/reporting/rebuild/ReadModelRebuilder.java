package org.ascend.reporting.rebuild;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.ascend.platform.problem.ApiProblem;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;

/**
 * Rebuilds the read models from the topics (docs/reporting.md): every record from offset zero, through the same
 * listeners, into fresh tables in a schema of their own, made with the service's own migrations; then the switch.
 * The switch locks the live inbox, so no consumer on any instance can apply an event, replays the records that came
 * meanwhile, and moves the fresh tables in place of the live ones in the same transaction. Consumers held by the lock
 * fail once and are retried against the fresh tables, whose inbox knows every event the replay applied.
 */
@Service
public class ReadModelRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilder.class);

    private final Map<String, ReadModelFeed> feedByTopic = new HashMap<>();
    private final RebuildRepository rebuilds;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final KafkaProperties kafka;
    private final String[] migrations;
    private final TransactionTemplate own;
    private final ApplicationEventPublisher events;

    ReadModelRebuilder(List<ReadModelFeed> feeds, RebuildRepository rebuilds, JdbcClient jdbc, DataSource dataSource,
            KafkaProperties kafka, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            @Value("${spring.flyway.locations}") String[] migrations) {
        feeds.forEach(feed -> topicsOf(feed).forEach(topic -> {
            if (feedByTopic.put(topic, feed) != null) {
                throw new IllegalStateException("Two read-model listeners read " + topic + "; one listener per topic");
            }
        }));
        this.rebuilds = rebuilds;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.migrations = migrations;
        this.events = events;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The topics replayed: those on the read-model listeners' {@code @KafkaListener}s. */
    public java.util.Set<String> topics() {
        return java.util.Collections.unmodifiableSet(feedByTopic.keySet());
    }

    /**
     * Starts a rebuild in the background and returns it; refused while another runs, and when a topic's first
     * records are gone unless {@code evenIfTrimmed}.
     */
    public Rebuild start(boolean evenIfTrimmed) {
        UUID id = UUID.randomUUID();
        String schema = "read_model_rebuild_" + id.toString().replace("-", "").substring(0, 12);
        TopicReplay replay = openReplay();
        try {
            Map<TopicPartition, Long> trimmed = replay.trimmed();
            if (!trimmed.isEmpty() && !evenIfTrimmed) {
                throw new ApiProblem(HttpStatus.CONFLICT, "topics-trimmed", "Events are gone from the topics",
                        "These partitions no longer start at their first record (topic retention): " + trimmed
                                + ". A rebuild would leave out the events before those offsets. Send evenIfTrimmed: true "
                                + "to rebuild from what is left.");
            }
            List<String> abandoned = rebuilds.start(id, schema).orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT,
                    "rebuild-under-way", "A rebuild is under way",
                    "Rebuild " + rebuilds.underWay().map(UUID::toString).orElse("") + " is still running. Follow it at "
                            + "/api/reporting/read-models/rebuilds/{id} and start another once it has finished."));
            abandoned.forEach(this::dropSchema);
        } catch (RuntimeException refused) {
            replay.close();
            throw refused;
        }
        Thread worker = new Thread(() -> run(id, schema, replay), "read-model-rebuild");
        worker.setDaemon(true);
        worker.start();
        return rebuilds.find(id).orElseThrow();
    }

    private TopicReplay openReplay() {
        try {
            return new TopicReplay(kafka.buildConsumerProperties(), feedByTopic.keySet());
        } catch (org.apache.kafka.common.errors.TimeoutException | org.apache.kafka.common.errors.InterruptException e) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "Kafka is not answering",
                    "The topics could not be read, so no rebuild was started. Try again once Kafka is back.");
        }
    }

    public java.util.Optional<Rebuild> find(UUID id) {
        return rebuilds.find(id);
    }

    private void run(UUID id, String schema, TopicReplay replay) {
        Progress progress = new Progress(id);
        try (replay) {
            Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).locations(migrations)
                    .outOfOrder(true).load().migrate();
            Map<TopicPartition, Long> ends = replay.ends();
            progress.total.set(replay.records(ends));
            log.info("Rebuild {}: replaying {} records from {} topics into schema {}", id, progress.total, feedByTopic.size(),
                    schema);
            replay.replayUntil(ends, batch -> apply(schema, batch, progress));
            rebuilds.state(id, Rebuild.State.SWITCHING, null);
            own.executeWithoutResult(status -> {
                jdbc.sql("LOCK TABLE public.processed_event IN ACCESS EXCLUSIVE MODE").update();
                Map<TopicPartition, Long> last = replay.ends();
                progress.total.set(replay.records(last));
                replay.replayUntil(last, batch -> apply(schema, batch, progress));
                for (String table : ReadModelTables.swapped()) {
                    jdbc.sql("DROP TABLE public." + table).update();
                    jdbc.sql("ALTER TABLE " + schema + "." + table + " SET SCHEMA public").update();
                }
                jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
                events.publishEvent(new ReadModelsRebuilt());
            });
            progress.total.set(progress.applied.get() + progress.skipped.get());
            progress.save();
            rebuilds.state(id, Rebuild.State.DONE, "The read models were rebuilt from " + progress.applied
                    + " records and are live.");
            log.info("Rebuild {}: done, {} records replayed ({} skipped); the rebuilt tables are live", id,
                    progress.applied, progress.skipped);
        } catch (RuntimeException failed) {
            log.error("Rebuild {} failed; the live tables are unchanged", id, failed);
            dropSchema(schema);
            rebuilds.state(id, Rebuild.State.FAILED, "Stopped: " + failed.getMessage() + ". The live tables are unchanged; "
                    + "start another rebuild once the cause is fixed.");
        }
    }

    /**
     * Applies a poll's records in one transaction against the fresh tables. If one is refused, as the live consumer
     * would have refused it (and dead-lettered it), they are applied one by one so that it alone is skipped.
     */
    private void apply(String schema, List<ConsumerRecord<String, CloudEvent>> batch, Progress progress) {
        try {
            own.executeWithoutResult(status -> {
                intoSchema(schema);
                batch.forEach(this::apply);
            });
            progress.applied.addAndGet(batch.size());
        } catch (RuntimeException oneRefused) {
            for (ConsumerRecord<String, CloudEvent> record : batch) {
                try {
                    own.executeWithoutResult(status -> {
                        intoSchema(schema);
                        apply(record);
                    });
                    progress.applied.incrementAndGet();
                } catch (RuntimeException refused) {
                    progress.skipped.incrementAndGet();
                    log.warn("Rebuild skips record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                            refused.getMessage());
                }
            }
        }
        progress.beat();
    }

    private void apply(ConsumerRecord<String, CloudEvent> record) {
        if (record.value() == null) {
            throw new IllegalArgumentException("not a CloudEvent (the live consumer dead-lettered it too)");
        }
        feedByTopic.get(record.topic()).apply(record.topic(), record.value());
    }

    /** This transaction's unqualified table names mean the fresh tables. */
    private void intoSchema(String schema) {
        jdbc.sql("SET LOCAL search_path TO " + schema + ", public").update();
    }

    private void dropSchema(String schema) {
        try {
            jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        } catch (RuntimeException e) {
            log.warn("Could not drop schema {} of a failed rebuild; drop it by hand", schema, e);
        }
    }

    private static List<String> topicsOf(ReadModelFeed feed) {
        Class<?> type = AopUtils.getTargetClass(feed);
        return java.util.Arrays.stream(ReflectionUtils.getUniqueDeclaredMethods(type))
                .map((Method method) -> AnnotationUtils.findAnnotation(method, KafkaListener.class))
                .filter(java.util.Objects::nonNull)
                .flatMap(listener -> java.util.Arrays.stream(listener.topics()))
                .collect(Collectors.toList());
    }

    /** Counts kept in memory, written to the rebuild's row about once a second. */
    private final class Progress {

        final UUID id;
        final AtomicLong total = new AtomicLong();
        final AtomicLong applied = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        private long savedAt;
        private long loggedTenth = -1;

        Progress(UUID id) {
            this.id = id;
        }

        void beat() {
            long now = System.currentTimeMillis();
            if (now - savedAt >= 1000) {
                save();
                savedAt = now;
            }
            long tenth = total.get() == 0 ? 10 : Math.min(10, (applied.get() + skipped.get()) * 10 / total.get());
            if (tenth > loggedTenth) {
                log.info("Rebuild {}: {} % ({} of {} records)", id, tenth * 10, applied, total);
                loggedTenth = tenth;
            }
        }

        void save() {
            rebuilds.progress(id, total.get(), applied.get(), skipped.get());
        }
    }
}
