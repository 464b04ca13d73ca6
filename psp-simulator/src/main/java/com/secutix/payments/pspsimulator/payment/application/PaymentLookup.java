package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentRefusal;

/** Finds the payment a maintenance or query request names, by PAYID (preferred) or ORDERID. */
public class PaymentLookup {

    private final Payments payments;

    public PaymentLookup(Payments payments) {
        this.payments = payments;
    }

    public Payment find(String pspid, FormParameters form) {
        if (form.get("PAYID").isPresent()) {
            String payId = form.getOrEmpty("PAYID");
            if (!payId.matches("\\d{1,18}")) {
                throw new PaymentRefusal(NcError.DATA_VALIDATION, "PAYID is a number");
            }
            return payments.byPayId(pspid, Long.parseLong(payId)).orElseThrow(PaymentLookup::notFound);
        }
        String orderId = form.get("ORDERID")
                .orElseThrow(() -> new PaymentRefusal(NcError.DATA_VALIDATION, "PAYID or ORDERID is required"));
        return payments.byOrderId(pspid, orderId).orElseThrow(PaymentLookup::notFound);
    }

    private static PaymentRefusal notFound() {
        return new PaymentRefusal(NcError.ORDER_NOT_FOUND, "no such payment for this PSPID");
    }
}
