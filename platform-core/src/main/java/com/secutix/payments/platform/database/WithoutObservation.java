package com.secutix.payments.platform.database;

import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A driver's publisher subscribed without the caller's observation in its Reactor context; every other entry (the
 * transaction, the security context) stays. See {@link ObservationFreeConnectionFactory} for why.
 */
final class WithoutObservation {

    private WithoutObservation() {
    }

    static <T> Flux<T> flux(Publisher<T> driverPublisher) {
        return Flux.from(driverPublisher).contextWrite(WithoutObservation::strip);
    }

    static <T> Mono<T> mono(Publisher<T> driverPublisher) {
        return Mono.from(driverPublisher).contextWrite(WithoutObservation::strip);
    }

    static Context strip(Context context) {
        return context.hasKey(ObservationThreadLocalAccessor.KEY) ? context.delete(ObservationThreadLocalAccessor.KEY) : context;
    }
}
