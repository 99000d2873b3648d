package org.ascend.platform.tracing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The trace context of the work in hand, carried where no thread carries it: captured (as W3C {@code traceparent})
 * when an event goes into the outbox, and restored when the outbox sends it, later, on another thread, perhaps after
 * a restart. The send, and whatever consumes the event, then join the trace of the request that caused it.
 */
public class CarriedTraceContext {

    private final Tracer tracer;
    private final Propagator propagator;

    public CarriedTraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace context as propagation fields ({@code traceparent}, perhaps {@code tracestate}); none outside a trace. */
    public Map<String, String> capture() {
        Span current = tracer.currentSpan();
        Map<String, String> fields = new LinkedHashMap<>();
        if (current != null) {
            propagator.inject(current.context(), fields, Map::put);
        }
        return fields;
    }

    /** Does {@code work} in a span named {@code name} whose parent is the captured context (a new trace if none). */
    public <T> T within(Map<String, String> captured, String name, Supplier<T> work) {
        Span span = propagator.extract(captured, Map::get).name(name).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
