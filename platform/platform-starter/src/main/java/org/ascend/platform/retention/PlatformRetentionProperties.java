package org.ascend.platform.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the platform's own tables keep their rows ({@code ascend.retention.platform.*}).
 *
 * @param processedEvents    ids of consumed events, kept to drop redeliveries; far longer than any redelivery
 * @param idempotencyRecords stored responses to requests sent with an Idempotency-Key; a retry comes within minutes
 * @param cron               when the purge runs (Europe/London)
 */
@ConfigurationProperties("ascend.retention.platform")
public record PlatformRetentionProperties(Duration processedEvents, Duration idempotencyRecords, String cron) {

    public PlatformRetentionProperties {
        processedEvents = processedEvents == null ? Duration.ofDays(30) : processedEvents;
        idempotencyRecords = idempotencyRecords == null ? Duration.ofDays(1) : idempotencyRecords;
        cron = cron == null ? "0 15 3 * * *" : cron;
    }
}
