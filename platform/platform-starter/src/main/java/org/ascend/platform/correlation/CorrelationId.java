package org.ascend.platform.correlation;

import java.util.Optional;

import org.slf4j.MDC;

/** The correlation id of the work in hand, kept in the logging MDC so every log line carries it. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    /** W3C trace context of the work in hand, when the caller (the gateway) sent one. */
    public static final String TRACEPARENT = "traceparent";
    private static final java.util.regex.Pattern VALID_TRACEPARENT =
            java.util.regex.Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private CorrelationId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    public static Optional<String> traceparent() {
        return Optional.ofNullable(MDC.get(TRACEPARENT));
    }

    /** Puts both into the logging context; an invalid traceparent is dropped, not trusted. */
    public static void enter(String correlationId, String traceparent) {
        if (correlationId != null) {
            MDC.put(MDC_KEY, correlationId);
        }
        if (traceparent != null && VALID_TRACEPARENT.matcher(traceparent).matches()) {
            MDC.put(TRACEPARENT, traceparent);
        }
    }

    public static void leave() {
        MDC.remove(MDC_KEY);
        MDC.remove(TRACEPARENT);
    }
}
