-- Where the buyer pays a checkout: on the web or in the app (CheckoutChannel). Sessions opened before were web ones.
ALTER TABLE checkout_session
    ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'WEB' CHECK (channel IN ('WEB', 'MOBILE'));
