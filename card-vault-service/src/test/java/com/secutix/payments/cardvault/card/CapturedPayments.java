package com.secutix.payments.cardvault.card;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.Money;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.platform.secrets.LocalDemoSecrets;
import com.secutix.payments.testsupport.Fixtures;

import java.time.Instant;
import java.util.UUID;

/** Builds {@link PaymentCaptured} events: by default a web payment of 82.50 EUR with a VISA card to save. */
public final class CapturedPayments {

    private String tenantId = "demo-theatre";
    private String customerId = Fixtures.anyCustomerId();
    private String alias = "ALIAS-" + UUID.randomUUID();
    private boolean saveCard = true;
    private String channel = "WEB";
    private CardSummary card = new CardSummary("VISA", "XXXXXXXXXXXX1111", "12/30", "Alice Martin");

    private CapturedPayments() {
    }

    public static CapturedPayments aCapturedPayment() {
        return new CapturedPayments();
    }

    public CapturedPayments of(String tenant, String customer) {
        this.tenantId = tenant;
        this.customerId = customer;
        return this;
    }

    public CapturedPayments withAlias(String pspAlias) {
        this.alias = pspAlias;
        return this;
    }

    public CapturedPayments savingTheCard(boolean save) {
        this.saveCard = save;
        return this;
    }

    public CapturedPayments through(String salesChannel) {
        this.channel = salesChannel;
        return this;
    }

    public CapturedPayments withCard(CardSummary summary) {
        this.card = summary;
        return this;
    }

    public PaymentCaptured build() {
        return new PaymentCaptured(tenantId, UUID.randomUUID(), Fixtures.anyOrderReference(), customerId, channel,
                new Money(8250, "EUR"), card, LocalDemoSecrets.sealedAlias(tenantId, alias), saveCard,
                "PAYID-" + UUID.randomUUID(), Instant.now());
    }

    /** The alias the payment event carries sealed (for its tenant). */
    public static String aliasOf(PaymentCaptured payment) {
        return LocalDemoSecrets.openedAlias(payment.tenantId(), payment.sealedPspAlias());
    }

    /** The alias the card event carries sealed (for its tenant). */
    public static String aliasOf(CardSaved card) {
        return LocalDemoSecrets.openedAlias(card.tenantId(), card.sealedPspAlias());
    }
}
