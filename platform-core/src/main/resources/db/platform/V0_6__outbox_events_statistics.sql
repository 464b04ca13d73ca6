-- No planner statistics on the outbox's columns that no query filters, joins or sorts on (the relay reads by
-- position where published_at is null, the purge by published_at, the rest by id): under load the table takes
-- thousands of rows a minute and autovacuum analyzes it every minute, and the statistics of these columns (the
-- payload's 500 bytes of JSON, a dozen distinct texts sorted each time) were most of that work, in one burst.
alter table outbox_events
    alter column topic set statistics 0,
    alter column message_key set statistics 0,
    alter column event_type set statistics 0,
    alter column subject set statistics 0,
    alter column tenant_id set statistics 0,
    alter column correlation_id set statistics 0,
    alter column payload set statistics 0,
    alter column occurred_at set statistics 0,
    alter column traceparent set statistics 0,
    alter column tracestate set statistics 0;
