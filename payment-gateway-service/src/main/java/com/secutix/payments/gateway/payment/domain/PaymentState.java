package com.secutix.payments.gateway.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life of a payment order at the PSP. */
public enum PaymentState {
    /** Created, the order sent or about to be sent, or the PSP still processing it. */
    PENDING,
    /** The PSP's answer was lost or uncertain: only a query settles it, never a guess. */
    UNKNOWN,
    /** The buyer must identify (3-D Secure) before the PSP decides. */
    PENDING_BUYER_ACTION,
    CAPTURED,
    AUTHORISED,
    DECLINED,
    FAILED,
    /** Reconciliation gave up or the PSP answered something unexpected: a person decides. */
    MANUAL_REVIEW;

    private static final Set<PaymentState> FINAL = EnumSet.of(CAPTURED, AUTHORISED, DECLINED, FAILED, MANUAL_REVIEW);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** States the reconciliation job asks the PSP about. */
    public static Set<PaymentState> awaitingPsp() {
        return EnumSet.complementOf(EnumSet.copyOf(FINAL));
    }

    public boolean mayBecome(PaymentState next) {
        return !isFinal();
    }
}
