-- When a saved card's masked data (expiry, holder) was last replaced by details the PSP confirmed on a signed
-- alias-update redirect; null for a card never updated. No card data.
ALTER TABLE saved_card ADD COLUMN details_updated_at TIMESTAMPTZ;
