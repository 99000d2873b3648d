package org.ascend.platform.events;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.ascend.platform.config.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.annotation.Scheduled;

import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox is Spring Modulith's event publication registry (docs/adr/0001): every
 * {@link DomainEvent} is stored with the business change and sent to Kafka after commit. Events
 * whose send failed (broker down) are resubmitted here until Kafka takes them, and on restart. Only
 * failed ones: a publication whose send is still in flight is never sent a second time (one stuck in
 * flight, by a crash say, is marked failed once it is stale, after {@code spring.modulith.events.staleness.*}).
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutboxConfiguration.class);

    @Bean
    EventMetadata eventMetadata(JdbcClient jdbc) {
        return new EventMetadata(jdbc);
    }

    @Bean
    EventExternalizationConfiguration cloudEventsExternalization(
            @Value("${spring.application.name}") String applicationName, ObjectProvider<EventMetadata> metadata) {
        // Resolved per event, not here: Modulith builds this very early, before the database is ready.
        String source = "/ascend/" + applicationName;
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof DomainEvent)
                .routeAll(event -> RoutingTarget
                        .forTarget(CloudEventHeaders.publishedAs(event.getClass()).topic())
                        .andKey(((DomainEvent) event).aggregateId()))
                .headers(event -> CloudEventHeaders.of((DomainEvent) event, source,
                        metadata.getObject().extensionsOf(((DomainEvent) event).eventId())))
                .build();
    }

    @Bean
    OrderedExternalization orderedExternalization() {
        return new OrderedExternalization();
    }

    @Bean
    NoTypeHeadersJsonConverter eventJsonConverter(JsonMapper json) {
        return new NoTypeHeadersJsonConverter(json);
    }

    @Bean
    OutboxResubmitter outboxResubmitter(FailedEventPublications failed, PlatformProperties platform) {
        return new OutboxResubmitter(failed, platform.outbox().resubmitOlderThan());
    }

    /** Retries publications whose send failed, e.g. while the broker was down; never those still in flight. */
    public static class OutboxResubmitter {

        private final FailedEventPublications failed;
        private final Duration olderThan;

        OutboxResubmitter(FailedEventPublications failed, Duration olderThan) {
            this.failed = failed;
            this.olderThan = olderThan;
        }

        @Scheduled(fixedDelayString = "${ascend.outbox.resubmit-interval:PT5S}", initialDelayString = "PT5S") // PlatformProperties.Outbox
        @SchedulerLock(name = "outbox-resubmit", lockAtMostFor = "PT1M", lockAtLeastFor = "PT1S")
        public void resubmit() {
            try {
                failed.resubmit(ResubmissionOptions.defaults().withMinAge(olderThan));
            } catch (RuntimeException e) {
                log.warn("Outbox resubmission failed; will try again: {}", e.getMessage());
            }
        }
    }
}
