-- The audit trail of the call centre: every action an operator takes on a customer's cards (looking at them,
-- paying with one, asking for a card's security code, entering a new card), refused ones included, with its
-- outcome. Rows are only ever added; the tenant's admin reads them (GET /operator-actions). No card data: a
-- card is named by its id in the vault.
CREATE TABLE operator_action (
    id           UUID         PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    operator     VARCHAR(64)  NOT NULL,
    customer_id  VARCHAR(64)  NOT NULL,
    action       VARCHAR(30)  NOT NULL CHECK (action IN ('VIEW_CARDS', 'PAY', 'SECURITY_CODE_FORM', 'SECURITY_CODE_ENTERED',
                                                         'CARD_ENTRY_FORM', 'CARD_ENTERED')),
    card_id      UUID,
    order_id     VARCHAR(64),
    outcome      VARCHAR(40)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX operator_action_by_customer ON operator_action (tenant_id, customer_id, occurred_at);
CREATE INDEX operator_action_by_time ON operator_action (tenant_id, occurred_at);
