package com.secutix.payments.platform.outbox;

import com.secutix.payments.events.PlatformEvent;
import reactor.core.publisher.Mono;

/**
 * Records an event to publish. Call it inside the reactive transaction of the state change it
 * reports ({@code TransactionalOperator} or {@code @Transactional}): the event and the state commit
 * together or not at all; the {@link OutboxRelay} publishes it afterwards, at least once.
 */
public interface Outbox {

    Mono<Void> append(PlatformEvent event, String correlationId);
}
