package com.secutix.payments.pspsimulator.payment.domain;

/** Ogone's transaction STATUS codes the simulator produces. */
public enum TransactionStatus {
    INVALID(0),
    REFUSED(2),
    AUTHORISED(5),
    AUTHORISED_AND_CANCELLED(6),
    REFUNDED(8),
    CAPTURED(9),
    WAITING_FOR_IDENTIFICATION(46),
    AUTHORISATION_NOT_KNOWN(52),
    CANCELLATION_WAITING(61),
    REFUND_PENDING(81),
    REFUND_REFUSED(83),
    PAYMENT_PROCESSING(91),
    PAYMENT_UNCERTAIN(92),
    PAYMENT_REFUSED(93);

    private final int code;

    TransactionStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The status a maintenance answer shows while the acquirer has not confirmed yet (9 → 91, 6 → 61, 8 → 81). */
    public TransactionStatus pendingForm() {
        return switch (this) {
            case CAPTURED -> PAYMENT_PROCESSING;
            case AUTHORISED_AND_CANCELLED -> CANCELLATION_WAITING;
            case REFUNDED -> REFUND_PENDING;
            default -> this;
        };
    }
}
