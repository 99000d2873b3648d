package org.ascend.platform.config;

import org.ascend.platform.audit.AuditConfiguration;
import org.ascend.platform.correlation.CorrelationIdFilter;
import org.ascend.platform.events.OutboxConfiguration;
import org.ascend.platform.events.consume.ConsumerConfiguration;
import org.ascend.platform.health.KafkaHealthIndicator;
import org.ascend.platform.idempotency.IdempotentRequests;
import org.ascend.platform.jobs.JobsConfiguration;
import org.ascend.platform.problem.InputGuardFilter;
import org.ascend.platform.problem.ProblemHandler;
import org.ascend.platform.security.SecurityConfiguration;
import org.ascend.platform.tracing.TracingConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;

import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a service gets by depending on platform-starter (docs/architecture.md: plumbing only, never
 * domain code). Defaults live in {@code ascend-platform-defaults.properties}.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@Import({OutboxConfiguration.class, ConsumerConfiguration.class, OpenApiConfiguration.class,
        SecurityConfiguration.class, AuditConfiguration.class, JobsConfiguration.class, TracingConfiguration.class})
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    // A service may put its own in place of any of these (a subclass, say); the starter's steps aside.
    @Bean
    @ConditionalOnMissingBean(ProblemHandler.class)
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<InputGuardFilter> inputGuardFilter(PlatformProperties platform, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new InputGuardFilter(platform.http().maxBodySize().toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    ProblemPages problemPages() {
        return new ProblemPages();
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotentRequests idempotentRequests(JdbcClient jdbc, JsonMapper json) {
        return new IdempotentRequests(jdbc, json);
    }

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }
}
