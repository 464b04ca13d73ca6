package com.secutix.payments.gateway.payment.domain;

/** Where the buyer is when paying. */
public enum Channel {
    WEB, MOBILE, CALL_CENTRE, BOX_OFFICE
}
