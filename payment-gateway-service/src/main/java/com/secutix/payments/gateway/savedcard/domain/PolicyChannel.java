package com.secutix.payments.gateway.savedcard.domain;

/** The channels a tenant's card policy has a CVV rule for, named as the vault's {@code CardPolicyChanged} names them. */
public enum PolicyChannel {
    WEB, MOBILE, CALL_CENTRE, BOX_OFFICE
}
