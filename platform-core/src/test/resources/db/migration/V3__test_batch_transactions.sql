-- the transaction that recorded each effect: the effects of one batch share it
alter table test_batch_effects add column batch_transaction bigint not null default txid_current();
