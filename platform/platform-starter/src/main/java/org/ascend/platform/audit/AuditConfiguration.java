package org.ascend.platform.audit;

import java.nio.file.Path;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc) {
        return new AuditTrail(jdbc);
    }

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }

    @Bean(destroyMethod = "close")
    AuditSpool auditSpool(@Value("${ascend.audit.spool-dir}") Path directory,
            @Value("${ascend.audit.spool-drain-interval:10s}") Duration interval, JsonMapper json, AuditTrail trail,
            ObjectProvider<MeterRegistry> meters) {
        var spool = new AuditSpool(directory, json, trail).drainingEvery(interval);
        meters.ifAvailable(registry -> Gauge.builder("ascend.audit.spooled", spool, AuditSpool::pending)
                .description("Audit records waiting on this instance's disk for the audit store to return").register(registry));
        return spool;
    }

    @Bean
    AuditInterceptor auditInterceptor(AuditTrail trail, AuditSpool spool) {
        return new AuditInterceptor(trail, spool);
    }

    @Bean
    WebMvcConfigurer auditInterceptorRegistration(AuditInterceptor interceptor) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }
}
