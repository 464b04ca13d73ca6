package com.secutix.payments.platform.outbox;

import brave.Tracing;
import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class MicrometerOutboxTracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_ID = "00f067aa0ba902b7";

    private final List<MutableSpan> finished = new CopyOnWriteArrayList<>();
    private final Tracing brave = Tracing.newBuilder()
            .currentTraceContext(ThreadLocalCurrentTraceContext.create())
            .traceId128Bit(true)
            .propagationFactory(new W3CPropagation())
            .addSpanHandler(new SpanHandler() {
                @Override
                public boolean end(brave.propagation.TraceContext context, MutableSpan span, Cause cause) {
                    finished.add(span);
                    return true;
                }
            })
            .build();
    private final Tracer tracer = new BraveTracer(brave.tracer(), new BraveCurrentTraceContext(brave.currentTraceContext()));
    private final MicrometerOutboxTracing tracing = new MicrometerOutboxTracing(tracer, new BravePropagator(brave));

    @AfterEach
    void closeTracing() {
        brave.close();
    }

    @Test
    void captures_the_span_in_scope_on_the_appending_thread() {
        Span span = tracer.nextSpan().name("request").start();

        TraceHeaders captured;
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            captured = tracing.current().block();
        } finally {
            span.end();
        }

        assertThat(captured).isNotNull();
        assertThat(captured.traceparent()).isEqualTo("00-" + span.context().traceId() + "-" + span.context().spanId() + "-01");
    }

    @Test
    void captures_the_span_of_the_observation_in_the_reactor_context() {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        Observation request = Observation.start("http.server.requests", observations);

        TraceHeaders captured = tracing.current()
                .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, request))
                .block();
        request.stop();

        DefaultTracingObservationHandler.TracingContext requestTracing =
                request.getContextView().get(DefaultTracingObservationHandler.TracingContext.class);
        Span requestSpan = requestTracing.getSpan();
        assertThat(captured).isNotNull();
        assertThat(captured.traceId()).isEqualTo(requestSpan.context().traceId());
        assertThat(captured.traceparent()).contains(requestSpan.context().spanId());
    }

    @Test
    void captures_nothing_outside_any_trace() {
        assertThat(tracing.current().blockOptional()).isEmpty();
        assertThat(OutboxTracing.NONE.current().blockOptional()).isEmpty();
    }

    @Test
    void sends_a_stored_trace_context_as_the_parent_of_the_current_span_and_ends_that_span() {
        TraceHeaders stored = new TraceHeaders("00-" + TRACE_ID + "-" + PARENT_ID + "-01", null);
        String[] seenWhileSending = new String[2];

        String result = tracing.continueTrace(stored, () -> {
            Span current = tracer.currentSpan();
            seenWhileSending[0] = current.context().traceId();
            seenWhileSending[1] = current.context().parentId();
            return CompletableFuture.completedFuture("sent");
        }).join();

        assertThat(result).isEqualTo("sent");
        assertThat(seenWhileSending).containsExactly(TRACE_ID, PARENT_ID);
        assertThat(finished).singleElement().satisfies(span -> {
            assertThat(span.traceId()).isEqualTo(TRACE_ID);
            assertThat(span.name()).isEqualTo(MicrometerOutboxTracing.RELAY_SPAN);
        });
        assertThat(tracer.currentSpan()).isNull();
    }

    @Test
    void sends_an_untraced_event_without_opening_a_span() {
        String result = tracing.continueTrace(null, () -> {
            assertThat(tracer.currentSpan()).isNull();
            return CompletableFuture.completedFuture("sent");
        }).join();

        assertThat(result).isEqualTo("sent");
        assertThat(finished).isEmpty();
    }
}
