package org.ascend.platform.events;

import java.util.concurrent.Executor;

import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Keeps each aggregate's events in order on Kafka (docs/events.md). Modulith hands every publication to
 * Spring's {@code @Async} executor after commit; with a pool, two events of one aggregate race and can
 * reach the broker reversed. One thread takes them in commit order and {@code KafkaTemplate.send} only
 * appends to the producer's buffer, so it is not a bottleneck. Services here have no other
 * {@code @Async} work; anything added later would queue behind event sends.
 */
class OrderedExternalization implements AsyncConfigurer {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    OrderedExternalization() {
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("outbox-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }
}
