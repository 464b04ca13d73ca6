-- The cards the card vault saved (its CardSaved events on payments.card.v1), so that a payment can name a
-- saved card by its id and the gateway charges its alias for that tenant's customer only. The alias can start
-- charges: never exposed by the API, never logged. A card id is kept once: a redelivered event changes nothing.
create table saved_cards (
    card_id            uuid         primary key,
    tenant_id          varchar(64)  not null,
    customer_id        varchar(64)  not null,
    psp_alias          varchar(50)  not null,
    card_brand         varchar(25)  not null,
    card_masked_number varchar(19)  not null,
    card_expiry        varchar(5)   not null,
    card_holder_name   varchar(50),
    saved_at           timestamptz  not null
);
