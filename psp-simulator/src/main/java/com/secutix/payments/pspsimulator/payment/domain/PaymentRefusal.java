package com.secutix.payments.pspsimulator.payment.domain;

/** A request the PSP refuses: answered with STATUS 0 (or the payment's status) and the NCERROR. */
public class PaymentRefusal extends RuntimeException {

    private final NcError error;

    public PaymentRefusal(NcError error, String detail) {
        super(detail);
        this.error = error;
    }

    public NcError error() {
        return error;
    }

    /** What NCERRORPLUS shows. */
    public String detail() {
        return getMessage();
    }
}
