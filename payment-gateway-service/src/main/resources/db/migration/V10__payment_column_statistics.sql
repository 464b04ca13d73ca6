-- No planner statistics on the payments' columns that no query filters, joins or sorts on: payments are read by id
-- (with tenant_id), by customer (tenant_id, customer_id) and due for a check by next_check_at; PSP transactions by
-- payment_id. Autovacuum analyzes both tables every minute under load, and the statistics of these columns were
-- most of that work, in one burst.
alter table payments
    alter column order_reference set statistics 0,
    alter column channel set statistics 0,
    alter column operation set statistics 0,
    alter column amount_minor_units set statistics 0,
    alter column currency set statistics 0,
    alter column card_brand set statistics 0,
    alter column card_masked_number set statistics 0,
    alter column card_expiry set statistics 0,
    alter column card_holder_name set statistics 0,
    alter column save_card set statistics 0,
    alter column state set statistics 0,
    alter column psp_pay_id set statistics 0,
    alter column ogone_order_id set statistics 0,
    alter column checks_done set statistics 0,
    alter column created_at set statistics 0,
    alter column updated_at set statistics 0,
    alter column version set statistics 0,
    alter column buyer_action_html set statistics 0,
    alter column psp_alias_sealed set statistics 0;

alter table psp_transactions
    alter column exchange set statistics 0,
    alter column ogone_order_id set statistics 0,
    alter column pay_id set statistics 0,
    alter column status set statistics 0,
    alter column nc_error set statistics 0,
    alter column sent_at set statistics 0,
    alter column answered_at set statistics 0;
