-- W3C trace context of the request that appended the event (platform-starter): the relay publishes it
-- as the Kafka headers traceparent / tracestate and ce_traceparent / ce_tracestate. Null when the
-- event was appended outside any trace.
alter table outbox_events add column traceparent text;
alter table outbox_events add column tracestate  text;
