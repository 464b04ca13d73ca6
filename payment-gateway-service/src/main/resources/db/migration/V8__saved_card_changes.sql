-- Saved cards the card vault deleted (its CardDeleted events on payments.card.v1): the card id, and the SHA-256 of
-- its PSP alias (never the alias), so that a later payment by that card id or by that alias is refused before
-- anything is stored or sent to the PSP. A card is remembered once: a redelivered event changes nothing.
create table deleted_saved_cards (
    card_id       uuid         primary key,
    tenant_id     varchar(64)  not null,
    customer_id   varchar(64)  not null,
    -- lower-case hex SHA-256 of the alias; null when the gateway never kept the card (its id is still refused)
    alias_digest  char(64)     check (alias_digest ~ '^[0-9a-f]{64}$'),
    reason        varchar(30)  not null check (reason in ('CUSTOMER_REQUEST', 'OPERATOR_REQUEST', 'REPLACED_BY_NEWER_CARD')),
    deleted_at    timestamptz  not null
);

create index deleted_saved_cards_by_alias on deleted_saved_cards (tenant_id, alias_digest) where alias_digest is not null;

-- Card-entry forms that update a saved card's details (expiry, holder) through the Alias Gateway: the saved card the
-- form's alias belongs to. Its verified STATUS 2 redirect updates saved_cards and publishes SavedCardDetailsConfirmed.
create table saved_card_update_forms (
    tenant_id      varchar(64)  not null,
    reference      varchar(30)  not null,
    saved_card_id  uuid         not null,
    primary key (tenant_id, reference),
    foreign key (tenant_id, reference) references card_entry_forms (tenant_id, reference) on delete cascade
);
