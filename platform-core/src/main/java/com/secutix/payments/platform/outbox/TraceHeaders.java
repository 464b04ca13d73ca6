package com.secutix.payments.platform.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The W3C trace context of an outbox event: {@code traceparent} and, when the trace has one,
 * {@code tracestate}. The relay publishes it both as the plain W3C Kafka headers (which spring-kafka's
 * listener observation continues) and as the CloudEvents distributed-tracing extension
 * ({@code ce_traceparent}, {@code ce_tracestate}).
 */
public record TraceHeaders(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final String CE_TRACEPARENT = "ce_" + TRACEPARENT;
    public static final String CE_TRACESTATE = "ce_" + TRACESTATE;

    public TraceHeaders {
        Objects.requireNonNull(traceparent, "traceparent");
        tracestate = tracestate == null || tracestate.isBlank() ? null : tracestate;
    }

    /** The trace id of {@code 00-<trace id>-<parent id>-<flags>}. */
    public String traceId() {
        String[] parts = traceparent.split("-");
        return parts.length == 4 ? parts[1] : "";
    }

    Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            headers.put(TRACESTATE, tracestate);
        }
        return headers;
    }
}
