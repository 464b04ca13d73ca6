package com.secutix.payments.gateway.payment.adapter.out.r2dbc;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.Money;
import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.events.payment.v1.PaymentAuthorized;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.events.payment.v1.PaymentDeclined;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.PaymentEvent;
import com.secutix.payments.gateway.payment.domain.PaymentState;
import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SecretSealer;

/**
 * Turns the payment's domain events into the published records of {@code payments.payment.v1}; the card's alias
 * goes sealed for the payment's tenant, never in clear (the outbox row and the topic hold the sealed text).
 */
final class PaymentMessages {

    private PaymentMessages() {
    }

    static PlatformEvent of(Payment payment, PaymentEvent event, SecretSealer sealer) {
        PaymentDetails details = payment.details();
        Money amount = new Money(details.amount().minorUnits(), details.amount().currency());
        CardSummary card = cardOf(details.card());
        String payId = payment.pspPayId().orElse("");
        if (event instanceof PaymentEvent.Captured || event instanceof PaymentEvent.Authorised) {
            return withTheSealedAlias(payment, event, amount, card, payId,
                    sealer.seal(details.alias().value(), SealContext.pspAlias(details.tenantId())));
        }
        PaymentEvent.Declined declined = (PaymentEvent.Declined) event;
        return new PaymentDeclined(details.tenantId(), payment.id().value(), details.orderReference(),
                details.customerId(), details.channel().name(), amount, card,
                declined.pspStatus() == null ? null : declined.pspStatus().toString(), declined.ncError(),
                reasonOf(declined), declined.occurredAt());
    }

    private static PlatformEvent withTheSealedAlias(Payment payment, PaymentEvent event, Money amount, CardSummary card,
                                                    String payId, String sealedAlias) {
        PaymentDetails details = payment.details();
        if (event instanceof PaymentEvent.Captured captured) {
            return new PaymentCaptured(details.tenantId(), payment.id().value(), details.orderReference(),
                    details.customerId(), details.channel().name(), amount, card, sealedAlias,
                    details.saveCard(), payId, captured.occurredAt());
        }
        PaymentEvent.Authorised authorised = (PaymentEvent.Authorised) event;
        return new PaymentAuthorized(details.tenantId(), payment.id().value(), details.orderReference(),
                details.customerId(), details.channel().name(), amount, card, sealedAlias,
                details.saveCard(), payId, authorised.occurredAt());
    }

    private static String reasonOf(PaymentEvent.Declined declined) {
        return declined.state() == PaymentState.DECLINED
                ? "refused by the issuer or the PSP"
                : "invalid, incomplete or cancelled at the PSP";
    }

    private static CardSummary cardOf(MaskedCard card) {
        return card == null ? null
                : new CardSummary(card.brand(), card.maskedNumber(), card.expiry(), card.holderName());
    }
}
