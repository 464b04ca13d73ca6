-- Checkout sessions opened by the sales system: one per order of a tenant. No card data.
CREATE TABLE checkout_session (
    id           UUID         PRIMARY KEY,
    tenant_id    VARCHAR(100) NOT NULL,
    order_id     VARCHAR(64)  NOT NULL,
    customer_id  VARCHAR(64)  NOT NULL,
    currency     CHAR(3)      NOT NULL,
    locale       VARCHAR(35)  NOT NULL,
    lines        JSONB        NOT NULL,
    return_url   VARCHAR(2048) NOT NULL,
    cancel_url   VARCHAR(2048) NOT NULL,
    state        VARCHAR(20)  NOT NULL CHECK (state IN ('OPEN', 'COMPLETED', 'CANCELLED', 'EXPIRED')),
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT checkout_session_one_per_order UNIQUE (tenant_id, order_id)
);
