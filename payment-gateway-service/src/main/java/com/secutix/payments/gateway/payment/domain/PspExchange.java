package com.secutix.payments.gateway.payment.domain;

/** The kinds of call the gateway makes to the PSP about a payment. */
public enum PspExchange {
    /** orderdirect.asp: the sale or authorisation itself. */
    ORDER,
    /** querydirect.asp: asking for the current status of the order. */
    QUERY
}
