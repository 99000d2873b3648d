package org.ascend.platform.jobs;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.ascend.platform.retention.PlatformRetentionProperties;
import org.ascend.platform.retention.PlatformTableRetention;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of every service: each {@code @Scheduled} method also carries ShedLock's
 * {@code @SchedulerLock}, so with several instances of a service a job runs on one of them per tick
 * (a lock row in the service's own database, table {@code shedlock}, timed by the database's clock).
 * Time itself is a {@link Clock} bean, so job tests move time instead of sleeping.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@EnableConfigurationProperties(PlatformRetentionProperties.class)
public class JobsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PlatformTableRetention platformTableRetention(JdbcClient jdbc, PlatformRetentionProperties retention, Clock clock) {
        return new PlatformTableRetention(jdbc, retention, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
