package com.secutix.payments.gateway.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payments as the tests need them. */
public final class PaymentFixtures {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    public static final ReconciliationSchedule SCHEDULE = new ReconciliationSchedule(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)), Duration.ofHours(6), 4);

    private PaymentFixtures() {
    }

    public static PaymentId anyPaymentId() {
        return new PaymentId(UUID.randomUUID());
    }

    public static MaskedCard visaCard() {
        return new MaskedCard("VISA", "XXXXXXXXXXXX1111", "12/29", "Alice Martin");
    }

    public static PaymentDetails saleOf(String amount, String currency) {
        return new PaymentDetails("demo-theatre", Operation.SALE, new PspAlias("ALIAS-1234"),
                Money.parse(amount, currency), "ORDER-42", "alice", Channel.WEB, true, visaCard());
    }

    public static Payment pendingSale() {
        return Payment.start(anyPaymentId(), saleOf("82.50", "EUR"), NOW, SCHEDULE);
    }

    public static PspOutcome.Answered status(int status) {
        return new PspOutcome.Answered(status, "3014657", "0", null);
    }

    public static PspOutcome.OutcomeUnknown timeout() {
        return new PspOutcome.OutcomeUnknown("read timeout");
    }
}
