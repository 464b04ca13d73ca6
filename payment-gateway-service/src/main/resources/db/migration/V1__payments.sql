-- Payments and their PSP transactions. Amounts are integer minor units of the currency.
create table payments (
    id                 uuid primary key,
    tenant_id          varchar(64)  not null,
    order_reference    varchar(64)  not null,
    customer_id        varchar(64)  not null,
    channel            varchar(16)  not null,
    operation          varchar(16)  not null,
    amount_minor_units bigint       not null check (amount_minor_units > 0),
    currency           char(3)      not null,
    card_brand         varchar(25),
    card_masked_number varchar(19),
    card_expiry        varchar(5),
    card_holder_name   varchar(35),
    -- the PSP alias can start charges: never exposed by the API, never logged
    psp_alias          varchar(50)  not null,
    save_card          boolean      not null,
    state              varchar(24)  not null,
    psp_pay_id         varchar(32),
    ogone_order_id     varchar(30)  not null unique,
    checks_done        integer      not null default 0,
    next_check_at      timestamptz,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null
);

create index payments_due_for_check on payments (next_check_at) where next_check_at is not null;
create index payments_by_customer on payments (tenant_id, customer_id);

create table psp_transactions (
    payment_id     uuid        not null references payments (id),
    attempt        integer     not null,
    exchange       varchar(8)  not null,
    ogone_order_id varchar(30) not null,
    pay_id         varchar(32),
    status         integer,
    nc_error       varchar(32),
    sent_at        timestamptz not null,
    answered_at    timestamptz not null,
    primary key (payment_id, attempt)
);
