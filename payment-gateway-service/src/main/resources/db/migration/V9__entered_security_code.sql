-- The security code typed with a card entry is good for one payment with its alias, soon after: a later payment
-- with the alias is a payment with a card on file, and the tenant's card policy decides whether it needs the code
-- again (a CVV re-entry, then the saved card's id). Both columns are set when a card entry registers the alias (a
-- new entry of the same alias sets them again); an alias registered before this migration has no code left.
alter table card_registrations
    add column entered_code_until   timestamptz,
    add column entered_code_used_by uuid;
