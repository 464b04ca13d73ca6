package com.secutix.payments.checkout.payment.domain;

import java.util.UUID;

/** A payment as the gateway answered it: its id and state, the card, the PSP's ORDERID, and the 3-D Secure page if any. */
public record GatewayPayment(UUID id, GatewayPaymentState state, ShownCard card, String pspOrderId, String buyerActionHtml) {
}
