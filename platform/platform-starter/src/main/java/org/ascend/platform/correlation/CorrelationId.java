package org.ascend.platform.correlation;

import java.util.Optional;

import org.slf4j.MDC;

/** The correlation id of the work in hand, kept in the logging MDC so every log line carries it. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private CorrelationId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** Puts it into the logging context (the trace context is the tracer's: docs/operations.md, "Tracing"). */
    public static void enter(String correlationId) {
        if (correlationId != null) {
            MDC.put(MDC_KEY, correlationId);
        }
    }

    public static void leave() {
        MDC.remove(MDC_KEY);
    }
}
