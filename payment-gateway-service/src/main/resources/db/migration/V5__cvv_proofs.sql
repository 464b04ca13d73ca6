-- CVV re-entry: a card-entry form may ask a saved card's security code again (an Alias Gateway update of the saved
-- card's alias); its redirect leaves a proof that the buyer typed the code, which the card's next payment uses up
-- when the tenant's card policy asks for the code.
alter table card_entry_forms add column cvv_for_saved_card uuid;

create table cvv_proofs (
    tenant_id            varchar(64)  not null,
    -- the CVV re-entry's form (its ORDERID): one proof per form
    card_entry_reference varchar(30)  not null,
    customer_id          varchar(64)  not null,
    saved_card_id        uuid         not null,
    entered_at           timestamptz  not null,
    expires_at           timestamptz  not null,
    used_at              timestamptz,
    used_by_payment      uuid,
    primary key (tenant_id, card_entry_reference),
    check (expires_at > entered_at),
    check ((used_at is null) = (used_by_payment is null))
);

create index cvv_proofs_unused on cvv_proofs (tenant_id, customer_id, saved_card_id) where used_at is null;
create index cvv_proofs_expiry on cvv_proofs (expires_at);
