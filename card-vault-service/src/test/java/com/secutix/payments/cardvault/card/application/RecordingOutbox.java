package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.write.WritePart;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/** An outbox that keeps what the card vault's use cases append, in order, with their correlation ids. */
final class RecordingOutbox implements Outbox {

    final List<PlatformEvent> events = new ArrayList<>();
    final List<String> correlationIds = new ArrayList<>();

    @Override
    public Mono<Void> append(PlatformEvent event, String correlationId) {
        return Mono.fromRunnable(() -> {
            events.add(event);
            correlationIds.add(correlationId);
        });
    }

    @Override
    public Mono<WritePart> appending(List<? extends PlatformEvent> events, String correlationId) {
        throw new UnsupportedOperationException("the card vault appends its events in transactions");
    }
}
