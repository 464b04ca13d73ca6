-- Consumer de-duplication (platform-starter): one row per event a consumer has had its effect for,
-- inserted in the same transaction as the effect.
create table processed_events (
    consumer     varchar(255) not null,
    event_id     varchar(255) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
