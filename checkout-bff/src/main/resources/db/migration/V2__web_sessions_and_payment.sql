-- The buyers' web sessions (Spring Session over R2DBC): shared by every BFF instance, kept across restarts.
-- The attributes hold the sign-in (the buyer's tokens stay here, never in the browser) and the CSRF token.
CREATE TABLE web_session (
    id                   VARCHAR(64) PRIMARY KEY,
    created_at           TIMESTAMPTZ NOT NULL,
    last_accessed_at     TIMESTAMPTZ NOT NULL,
    max_inactive_seconds INTEGER     NOT NULL,
    expires_at           TIMESTAMPTZ NOT NULL,
    attributes           BYTEA       NOT NULL
);
CREATE INDEX web_session_expiry ON web_session (expires_at);

-- Paying a checkout session: one payment at a time (PAYING), the card entered through the Alias Gateway
-- (its alias stays here, never in the browser), the failed attempts counted against card testing.
ALTER TABLE checkout_session DROP CONSTRAINT checkout_session_state_check;
ALTER TABLE checkout_session ADD CONSTRAINT checkout_session_state_check
    CHECK (state IN ('OPEN', 'PAYING', 'AWAITING_BUYER', 'COMPLETED', 'CANCELLED', 'EXPIRED'));
ALTER TABLE checkout_session
    ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN payment_id      UUID,
    ADD COLUMN save_card_requested BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN claimed_at      TIMESTAMPTZ,
    -- the request sent to the gateway while PAYING (its Idempotency-Key, the card id or the entered card, the
    -- browser): a payment interrupted by a restart is sent again exactly, never a new one
    ADD COLUMN pending_payment JSONB,
    ADD COLUMN paid_card       JSONB,
    ADD COLUMN finished_at     TIMESTAMPTZ;

-- The card-entry forms the page showed for a session: a PSP redirect is accepted only into the session
-- whose form it answers.
-- A form for a saved card (saved_card_id) takes its security code again, as the tenant's policy asks.
CREATE TABLE checkout_card_entry (
    psp_order_id  VARCHAR(40) PRIMARY KEY,
    session_id    UUID        NOT NULL REFERENCES checkout_session (id),
    saved_card_id UUID,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX checkout_card_entry_session ON checkout_card_entry (session_id);

-- The card a buyer entered for a session, once the PSP stored it: its alias and what may be shown of it.
CREATE TABLE checkout_entered_card (
    session_id    UUID         PRIMARY KEY REFERENCES checkout_session (id),
    psp_alias     VARCHAR(100) NOT NULL,
    brand         VARCHAR(30),
    masked_number VARCHAR(30)  NOT NULL,
    expiry        VARCHAR(5)   NOT NULL,
    holder_name   VARCHAR(100),
    entered_at    TIMESTAMPTZ  NOT NULL
);
