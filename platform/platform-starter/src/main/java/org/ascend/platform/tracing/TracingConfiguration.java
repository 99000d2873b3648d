package org.ascend.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tracing (docs/operations.md, "Tracing"): Spring Boot sets up Micrometer Tracing over OpenTelemetry, HTTP and Feign
 * observations and the logs' trace ids; this adds the one thing it cannot know, the trace carried through the outbox.
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration {

    @Bean
    CarriedTraceContext carriedTraceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new CarriedTraceContext(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }
}
