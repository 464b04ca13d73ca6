-- Saved cards: the PSP alias (a secret that can start charges) and what may be shown of the card.
-- No card number beyond the masked form and no CVV is ever stored here.
CREATE TABLE saved_card (
    id             UUID         PRIMARY KEY,
    tenant_id      VARCHAR(100) NOT NULL,
    customer_id    VARCHAR(255) NOT NULL,
    psp_alias      VARCHAR(50)  NOT NULL,
    brand          VARCHAR(40)  NOT NULL,
    masked_number  VARCHAR(25)  NOT NULL,
    expiry_month   CHAR(7)      NOT NULL CHECK (expiry_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    holder_name    VARCHAR(100),
    saved_through  VARCHAR(20)  NOT NULL CHECK (saved_through IN ('WEB', 'MOBILE', 'CALL_CENTRE', 'BOX_OFFICE')),
    saved_at       TIMESTAMPTZ  NOT NULL,
    -- a customer holds a given alias once, whichever payment brought it (also the index for listing)
    CONSTRAINT saved_card_alias_once_per_customer UNIQUE (tenant_id, customer_id, psp_alias)
);
