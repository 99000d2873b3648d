package org.ascend.platform.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The platform's own settings ({@code ascend.*}), each with its default; a service's application.yml or
 * environment overrides them.
 *
 * @param http     request handling
 * @param consumer consuming events
 */
@ConfigurationProperties("ascend")
public record PlatformProperties(Http http, Consumer consumer) {

    public PlatformProperties {
        http = http == null ? new Http(null, null) : http;
        consumer = consumer == null ? new Consumer(null, null, null) : consumer;
    }

    /**
     * @param maxBodySize the largest request body taken (a chunked one is read up to this and no further)
     * @param timeLimit   the most a request may take, and its budget when the caller sends none: shorter than the
     *                    gateway's own time limit (docs/reliability.md, "Deadlines")
     */
    public record Http(DataSize maxBodySize, Duration timeLimit) {

        public Http {
            maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
            timeLimit = timeLimit == null ? Duration.ofSeconds(13) : timeLimit;
        }
    }

    /**
     * @param retries       how often a record that failed is tried again before it goes to the dead-letter topic
     * @param retryInterval the wait between those tries
     * @param instanceId    this instance's name, the same across its restarts and unique among running instances
     *                      (a pod's name; ./ascend sets one): its consumers then join as static members and a restart
     *                      takes its partitions back at once (docs/reliability.md, "Restarts"). Blank: dynamic members.
     */
    public record Consumer(Long retries, Duration retryInterval, String instanceId) {

        public Consumer {
            retries = retries == null ? 2L : retries;
            retryInterval = retryInterval == null ? Duration.ofMillis(500) : retryInterval;
            instanceId = instanceId == null ? "" : instanceId.trim();
        }
    }
}
