-- Idempotency-Key of money-moving requests (platform-starter), scoped by tenant and caller.
create table idempotency_keys (
    tenant_id        varchar(255) not null,
    caller_subject   varchar(255) not null,
    idempotency_key  varchar(255) not null,
    operation        varchar(255) not null,
    request_hash     char(64)     not null,   -- SHA-256 of the canonical JSON of the request body
    state            varchar(16)  not null check (state in ('IN_PROGRESS', 'COMPLETED')),
    response_status  integer,
    response_body    text,
    response_headers text,
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    primary key (tenant_id, caller_subject, idempotency_key)
);

create index idempotency_keys_expires_at on idempotency_keys (expires_at);
