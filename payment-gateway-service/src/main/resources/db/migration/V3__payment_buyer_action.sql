-- The PSP's HTML_ANSWER (base64) of a payment waiting for the buyer's 3-D Secure identification.
alter table payments add column buyer_action_html text;
alter table payments alter column card_holder_name type varchar(50);
