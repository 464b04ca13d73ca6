package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.merchant.domain.MerchantAccount;
import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.OperationCode;
import com.secutix.payments.pspsimulator.payment.domain.OrderAmount;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentOperation;
import com.secutix.payments.pspsimulator.payment.domain.PaymentRefusal;

import java.time.Clock;
import java.time.Instant;

/** {@code maintenancedirect.asp}: capture, renew, cancel or refund an existing payment. */
public class MaintainPayment {

    private final DirectLinkAccess access;
    private final PaymentLookup lookup;
    private final Clock clock;

    public MaintainPayment(DirectLinkAccess access, PaymentLookup lookup, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** @param pendingAnswers answer 91 / 61 / 81 (the acquirer has not confirmed yet) instead of 9 / 6 / 8 */
    public DirectLinkAnswer maintain(FormParameters form, boolean pendingAnswers) {
        try {
            MerchantAccount account = access.authenticate(form);
            OperationCode operation = form.get("OPERATION").flatMap(OperationCode::parse)
                    .filter(code -> !code.isNewOrder() || code == OperationCode.SAL)
                    .orElseThrow(() -> new PaymentRefusal(NcError.OPERATION_NOT_PERMITTED,
                            "OPERATION must be SAL, SAS, REN, DEL, DES, RFD or RFS"));
            Payment payment = lookup.find(account.pspid(), form);
            Long amount = form.get("AMOUNT").map(OrderAmount::parseMaintenanceValue).orElse(null);
            PaymentOperation done = apply(payment, operation, amount, clock.instant());
            return DirectLinkAnswer.maintenance(payment, done,
                    pendingAnswers ? done.status().pendingForm() : done.status());
        } catch (PaymentRefusal refusal) {
            return DirectLinkAnswer.refused(form, refusal);
        }
    }

    private static PaymentOperation apply(Payment payment, OperationCode operation, Long amount, Instant now) {
        return switch (operation) {
            case SAL -> payment.capture(amount, false, now);
            case SAS -> payment.capture(amount, true, now);
            case REN -> payment.renew(now);
            case DEL -> payment.cancel(false, now);
            case DES -> payment.cancel(true, now);
            case RFD -> payment.refund(amount, false, now);
            case RFS -> payment.refund(amount, true, now);
            case RES -> throw new PaymentRefusal(NcError.OPERATION_NOT_PERMITTED, "RES is a new order");
        };
    }
}
