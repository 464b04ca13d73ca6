package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.merchant.domain.MerchantAccount;
import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentOperation;
import com.secutix.payments.pspsimulator.payment.domain.PaymentRefusal;

/**
 * {@code querydirect.asp}: the current status of a payment, or of one history level (PAYIDSUB). A query is
 * also when an uncertain order learns its outcome.
 */
public class QueryPayment {

    private final DirectLinkAccess access;
    private final PaymentLookup lookup;

    public QueryPayment(DirectLinkAccess access, PaymentLookup lookup) {
        this.access = access;
        this.lookup = lookup;
    }

    public DirectLinkAnswer query(FormParameters form) {
        try {
            MerchantAccount account = access.authenticate(form);
            Payment payment = lookup.find(account.pspid(), form);
            payment.settle();
            PaymentOperation operation = form.get("PAYIDSUB").filter(sub -> form.get("PAYID").isPresent())
                    .map(sub -> operation(payment, sub))
                    .orElseGet(payment::lastOperation);
            return DirectLinkAnswer.query(payment, operation);
        } catch (PaymentRefusal refusal) {
            return DirectLinkAnswer.refused(form, refusal);
        }
    }

    private static PaymentOperation operation(Payment payment, String payIdSub) {
        if (!payIdSub.matches("\\d{1,5}")) {
            throw new PaymentRefusal(NcError.DATA_VALIDATION, "PAYIDSUB is a number");
        }
        return payment.operation(Integer.parseInt(payIdSub))
                .orElseThrow(() -> new PaymentRefusal(NcError.ORDER_NOT_FOUND, "no such PAYIDSUB"));
    }
}
