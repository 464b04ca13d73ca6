package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.ShownCard;
import java.util.UUID;

/**
 * How paying a checkout went so far: the failed attempts, the payment under way or made (and whether the buyer
 * asked to save its card), and the card paid with.
 */
public record PaymentProgress(int failedAttempts, UUID paymentId, boolean saveCardRequested, ShownCard paidCard) {
}
