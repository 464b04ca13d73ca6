package com.secutix.payments.gateway.payment.domain;

/** What the order asks the PSP for: a sale (authorise and capture) or an authorisation only. */
public enum Operation {
    SALE, AUTHORISATION
}
