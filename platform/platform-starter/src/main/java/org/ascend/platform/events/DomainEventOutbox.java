package org.ascend.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;

import io.namastack.outbox.Outbox;
import org.ascend.platform.correlation.CorrelationId;
import org.ascend.platform.tracing.CarriedTraceContext;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts every published {@link DomainEvent} into the outbox, in the transaction that made the change
 * (docs/adr/0011). The outbox key is the aggregate id, so an aggregate's events leave in the order they were
 * written, one at a time. The request context (correlation id and trace context) and the stream position travel with the record, because the
 * send happens later, on another thread, perhaps after a restart.
 */
public class DomainEventOutbox {

    static final String SEQUENCE = CloudEventHeaders.STREAM_SEQUENCE;
    static final String CORRELATION_ID = "correlationid";

    private final Outbox outbox;
    private final EventStreamSequence sequence;
    private final CarriedTraceContext trace;

    public DomainEventOutbox(Outbox outbox, EventStreamSequence sequence, CarriedTraceContext trace) {
        this.outbox = outbox;
        this.sequence = sequence;
        this.trace = trace;
    }

    @EventListener
    void schedule(DomainEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(event.getClass().getSimpleName()
                    + " published outside a transaction: an event must commit with the change it announces");
        }
        String topic = CloudEventHeaders.publishedAs(event.getClass()).topic();
        Map<String, String> context = new LinkedHashMap<>();
        context.put(SEQUENCE, Long.toString(sequence.next(topic, event.aggregateId())));
        CorrelationId.current().ifPresent(id -> context.put(CORRELATION_ID, id));
        context.putAll(trace.capture());
        outbox.schedule(event, event.aggregateId(), context);
    }
}
