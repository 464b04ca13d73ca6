package com.secutix.payments.checkout.session.domain;

import java.util.UUID;

/** The payment that completed a checkout session: the gateway's payment id and what may be shown of the card. */
public record SessionPayment(UUID paymentId, String brand, String maskedNumber, String expiry) {
}
