package com.secutix.payments.pspsimulator.payment.domain;

import com.secutix.payments.pspsimulator.card.domain.Brand;
import com.secutix.payments.pspsimulator.card.domain.CardBehaviour;
import com.secutix.payments.pspsimulator.card.domain.CardView;
import com.secutix.payments.pspsimulator.card.domain.ExpiryDate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void refuses_refund_above_captured_amount_not_yet_refunded() {
        Payment sale = sale(CardBehaviour.APPROVE);
        sale.refund(600L, false, NOW);

        assertThatThrownBy(() -> sale.refund(401L, false, NOW))
                .isInstanceOfSatisfying(PaymentRefusal.class, r -> assertThat(r.error()).isEqualTo(NcError.REFUND_OVERFLOW));
        assertThat(sale.refund(null, true, NOW).amount()).isEqualTo(400);
    }

    @Test
    void records_a_refused_refund_without_counting_it() {
        Payment sale = sale(CardBehaviour.REFUSE_REFUNDS);

        PaymentOperation refused = sale.refund(1000L, false, NOW);

        assertThat(refused.status()).isEqualTo(TransactionStatus.REFUND_REFUSED);
        assertThat(refused.payIdSub()).isEqualTo(1);
        assertThat(sale.operations()).hasSize(2);
    }

    @Test
    void an_uncertain_sale_blocks_its_orderid_and_settles_to_captured() {
        Payment payment = Payment.uncertain(1, details(OperationCode.SAL, CardBehaviour.UNCERTAIN),
                TransactionStatus.CAPTURED, NOW);

        assertThat(payment.status()).isEqualTo(TransactionStatus.PAYMENT_UNCERTAIN);
        assertThat(payment.blocksOrderId()).isTrue();
        payment.settle();
        assertThat(payment.status()).isEqualTo(TransactionStatus.CAPTURED);
        assertThat(payment.refund(1000L, true, NOW).status()).isEqualTo(TransactionStatus.REFUNDED);
    }

    @Test
    void a_refused_order_does_not_block_its_orderid() {
        Payment refused = Payment.decided(1, details(OperationCode.SAL, CardBehaviour.DECLINE),
                TransactionStatus.PAYMENT_REFUSED, NcError.PAYMENT_REFUSED, NOW);

        assertThat(refused.blocksOrderId()).isFalse();
    }

    @Test
    void a_sale_cannot_be_captured_again() {
        assertThatThrownBy(() -> sale(CardBehaviour.APPROVE).capture(100L, false, NOW))
                .isInstanceOfSatisfying(PaymentRefusal.class,
                        r -> assertThat(r.error()).isEqualTo(NcError.INCORRECT_ORDER_STATUS));
    }

    private static Payment sale(CardBehaviour behaviour) {
        return Payment.decided(1, details(OperationCode.SAL, behaviour), TransactionStatus.CAPTURED, NcError.NONE, NOW);
    }

    private static PaymentDetails details(OperationCode operation, CardBehaviour behaviour) {
        CardView card = new CardView("ALIAS1", Brand.VISA, "XXXXXXXXXXXX1111",
                new ExpiryDate(YearMonth.of(2039, 12)), "Ada", behaviour);
        return new PaymentDetails("SECUTIXDEMO", "order-1", operation, new OrderAmount(1000, "EUR"), card, "7");
    }
}
