-- the test application's own tables, next to the platform's
create table test_payments (
    id        uuid         not null primary key,
    tenant_id varchar(255) not null,
    status    varchar(32)  not null
);

-- one row per effect of the test listener: deliberately no unique key, so a double effect shows
create table test_effects (
    event_id   varchar(255) not null,
    payment_id varchar(255) not null
);
