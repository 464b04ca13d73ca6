package com.secutix.payments.platform.outbox;

import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.platform.write.GuardedWrite;
import com.secutix.payments.platform.write.WritePart;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Records an event to publish, with the state change it reports: the event and the state commit together or not
 * at all; the {@link OutboxRelay} publishes it afterwards, at least once.
 */
public interface Outbox {

    /**
     * Call it inside the reactive transaction of the state change ({@code TransactionalOperator} or
     * {@code @Transactional}).
     */
    Mono<Void> append(PlatformEvent event, String correlationId);

    /**
     * The events as a part of a {@link GuardedWrite}, for a state change written as one statement: they are
     * appended when the guard writes, in the same statement. Empty when there are no events.
     */
    Mono<WritePart> appending(List<? extends PlatformEvent> events, String correlationId);
}
