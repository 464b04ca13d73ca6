-- Each tenant's latest card policy, as the card vault published it (CardPolicyChanged on payments.card.v1): a row
-- is replaced by a newer version only. A tenant without a row has the vault's default (CardPolicy.VAULT_DEFAULT).
-- The CVV rule of each channel: ALWAYS, NEVER or ABOVE_AMOUNT, with the threshold for ABOVE_AMOUNT only.
create table card_policies (
    tenant_id                         varchar(64)  primary key,
    policy_version                    bigint       not null check (policy_version >= 1),
    saving_enabled                    boolean      not null,
    max_saved_cards_per_customer      integer      not null check (max_saved_cards_per_customer between 1 and 20),
    at_limit                          varchar(32)  not null,
    cvv_web                           varchar(16)  not null,
    cvv_web_above_minor_units         bigint,
    cvv_web_above_currency            char(3),
    cvv_mobile                        varchar(16)  not null,
    cvv_mobile_above_minor_units      bigint,
    cvv_mobile_above_currency         char(3),
    cvv_call_centre                   varchar(16)  not null,
    cvv_call_centre_above_minor_units bigint,
    cvv_call_centre_above_currency    char(3),
    cvv_box_office                    varchar(16)  not null,
    cvv_box_office_above_minor_units  bigint,
    cvv_box_office_above_currency     char(3),
    changed_by                        varchar(255) not null,
    changed_at                        timestamptz  not null,
    check ((cvv_web = 'ABOVE_AMOUNT') = (cvv_web_above_minor_units is not null and cvv_web_above_currency is not null)),
    check ((cvv_mobile = 'ABOVE_AMOUNT')
           = (cvv_mobile_above_minor_units is not null and cvv_mobile_above_currency is not null)),
    check ((cvv_call_centre = 'ABOVE_AMOUNT')
           = (cvv_call_centre_above_minor_units is not null and cvv_call_centre_above_currency is not null)),
    check ((cvv_box_office = 'ABOVE_AMOUNT')
           = (cvv_box_office_above_minor_units is not null and cvv_box_office_above_currency is not null))
);
