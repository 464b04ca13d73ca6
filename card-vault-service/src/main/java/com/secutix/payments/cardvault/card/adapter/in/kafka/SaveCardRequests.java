package com.secutix.payments.cardvault.card.adapter.in.kafka;

import com.secutix.payments.cardvault.card.application.SaveCardCommand;
import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.platform.kafka.IncomingEvent;
import com.secutix.payments.platform.kafka.PoisonEventException;

/** Turns a captured payment that asked to save its card into a {@link SaveCardCommand}. */
final class SaveCardRequests {

    private SaveCardRequests() {
    }

    /** Throws {@link PoisonEventException} when the event's card cannot be saved as it is: retrying would not help. */
    static SaveCardCommand commandFrom(IncomingEvent<PaymentCaptured> event) {
        PaymentCaptured captured = event.payload();
        try {
            CardSummary card = captured.card();
            CardDetails details = new CardDetails(new CardBrand(card.brand()), new MaskedNumber(card.maskedNumber()),
                    CardExpiry.parse(card.expiry()), card.holderName());
            return new SaveCardCommand(event.metadata().id(), event.metadata().correlationId(), captured.paymentId(),
                    new CardOwner(captured.tenantId(), captured.customerId()), new PspAlias(captured.pspAlias()),
                    details, SalesChannel.named(captured.channel()));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new PoisonEventException("card of payment " + captured.paymentId() + " cannot be saved: "
                    + invalid.getMessage(), invalid);
        }
    }
}
