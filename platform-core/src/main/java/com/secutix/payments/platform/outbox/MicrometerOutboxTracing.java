package com.secutix.payments.platform.outbox;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * {@link OutboxTracing} with Micrometer Tracing. The current span is the one of the observation in the
 * Reactor context (where WebFlux keeps the request's server observation), otherwise the tracer's
 * current span (a thread in a span's scope, such as a Kafka listener's). The relay publishes each
 * traced event under a short "outbox relay" span that is a child of the appending span, so the Kafka
 * template's producer observation, and the consumer's after it, stay in the same trace.
 */
public class MicrometerOutboxTracing implements OutboxTracing {

    static final String RELAY_SPAN = "outbox relay";

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerOutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Mono<TraceHeaders> current() {
        return Mono.deferContextual(context -> Mono.justOrEmpty(headersOf(currentSpan(context))));
    }

    @Override
    public <T> CompletableFuture<T> continueTrace(TraceHeaders trace, Supplier<CompletableFuture<T>> send) {
        if (trace == null) {
            return send.get();
        }
        Map<String, String> carrier = trace.asMap();
        Span span = propagator.extract(carrier, Map::get).name(RELAY_SPAN).start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            return send.get().whenComplete((result, failure) -> {
                if (failure != null) {
                    span.error(failure);
                }
                span.end();
            });
        } catch (RuntimeException failure) {
            span.error(failure).end();
            throw failure;
        }
    }

    private Span currentSpan(ContextView context) {
        Object observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        if (observation instanceof Observation inContext) {
            TracingObservationHandler.TracingContext tracing =
                    inContext.getContextView().get(TracingObservationHandler.TracingContext.class);
            if (tracing != null && tracing.getSpan() != null) {
                return tracing.getSpan();
            }
        }
        return tracer.currentSpan();
    }

    TraceHeaders headersOf(Span span) {
        if (span == null || span.isNoop()) {
            return null;
        }
        Map<String, String> carrier = new LinkedHashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        String traceparent = carrier.get(TraceHeaders.TRACEPARENT);
        return traceparent == null ? null : new TraceHeaders(traceparent, carrier.get(TraceHeaders.TRACESTATE));
    }
}
