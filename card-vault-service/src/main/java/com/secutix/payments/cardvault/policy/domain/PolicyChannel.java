package com.secutix.payments.cardvault.policy.domain;

/** The channels a saved card is paid on, each with its own CVV rule. */
public enum PolicyChannel {
    WEB, MOBILE, CALL_CENTRE, BOX_OFFICE
}
