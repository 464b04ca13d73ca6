package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.BuyerBrowser;
import com.secutix.payments.checkout.session.domain.CheckoutChannel;
import com.secutix.payments.events.Money;
import java.net.URI;

/**
 * An online payment of a checkout's order, on the session's channel (web or app), with the card entered for it
 * ({@code alias}) or a saved card ({@code cardId}), never both; and what 3-D Secure needs: the buyer's browser and
 * the page the bank sends the buyer back to.
 */
public record PaymentOrder(Money total, String orderId, String customerId, CheckoutChannel channel, String alias,
                           String cardId, boolean saveCard, URI authenticationReturnUrl, BuyerBrowser browser) {

    @Override
    public String toString() {
        return "PaymentOrder[" + total + ", orderId=" + orderId + ", customerId=" + customerId + ", channel=" + channel
                + ", alias=[hidden], cardId="
                + cardId + ", saveCard=" + saveCard + "]";
    }
}
