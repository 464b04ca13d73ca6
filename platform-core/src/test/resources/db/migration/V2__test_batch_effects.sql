-- one row per effect of the test batch listener: deliberately no unique key, so a double effect shows
create table test_batch_effects (
    event_id   varchar(255) not null,
    payment_id varchar(255) not null
);
