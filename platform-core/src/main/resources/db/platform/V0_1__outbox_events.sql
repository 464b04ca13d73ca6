-- Transactional outbox (platform-starter): written in the transaction of the state change,
-- published by the relay in position order, kept a while after publication.
create table outbox_events (
    position       bigint generated always as identity,
    id             uuid         not null primary key,  -- the CloudEvents id (ce_id)
    topic          varchar(249) not null,
    message_key    varchar(255) not null,              -- the aggregate id
    event_type     varchar(255) not null,              -- the logical CloudEvents type (ce_type)
    subject        varchar(255) not null,
    tenant_id      varchar(255) not null,
    correlation_id varchar(255),
    payload        json         not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);

create index outbox_events_unpublished on outbox_events (position) where published_at is null;
create index outbox_events_published_at on outbox_events (published_at) where published_at is not null;
