-- No planner statistics on the columns of idempotency keys that no query filters, joins or sorts on (keys are read
-- by their primary key, purged by expires_at): autovacuum analyzes the table every minute under load, and the stored
-- answers (response_body, response_headers) and request hashes were most of that work.
alter table idempotency_keys
    alter column operation set statistics 0,
    alter column request_hash set statistics 0,
    alter column state set statistics 0,
    alter column response_status set statistics 0,
    alter column response_body set statistics 0,
    alter column response_headers set statistics 0,
    alter column created_at set statistics 0;
