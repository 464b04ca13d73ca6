package com.secutix.payments.events;

import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardPolicyChanged;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.card.v1.CardUpdated;
import com.secutix.payments.events.cardentry.v1.SavedCardDetailsConfirmed;
import com.secutix.payments.events.checkout.v1.CheckoutCancelled;
import com.secutix.payments.events.checkout.v1.CheckoutCompleted;
import com.secutix.payments.events.checkout.v1.CheckoutExpired;
import com.secutix.payments.events.payment.v1.PaymentAuthorized;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.events.payment.v1.PaymentDeclined;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic instance of every catalogued event. */
final class SampleEvents {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123Z");
    static final CardSummary VISA = new CardSummary("VISA", "XXXXXXXXXXXX1111", "12/29", "Alice Martin");
    static final String ALIAS = "ALIAS-7f3e54a1";
    /** An alias as events carry it: sealed under a key of the ring (the text shape only; nothing opens it here). */
    static final String SEALED_ALIAS = "v1:demo-local:Zm9yLXRoZS1zY2hlbWEtb25seS1ub3QtYS1yZWFsLXNlYWw";
    static final UUID PAYMENT_ID = UUID.fromString("0b0c7f3e-54a1-4a8e-9a2f-6a2c1f0e9d11");
    static final UUID CARD_ID = UUID.fromString("5e2d0c4a-1b7f-4f0e-8c3d-2a9b8c7d6e5f");
    static final CardSummary VISA_UPDATED = new CardSummary("VISA", "XXXXXXXXXXXX1111", "03/31", "Alice Martin-Dubois");
    static final UUID SESSION_ID = UUID.fromString("9a1f3c2e-7b4d-4e5f-8a6b-1c2d3e4f5a6b");

    private SampleEvents() {
    }

    static PaymentCaptured paymentCaptured() {
        return new PaymentCaptured("demo-theatre", PAYMENT_ID, "ORD-2026-0042", "alice", "WEB",
                Money.of(16500, "EUR"), VISA, SEALED_ALIAS, true, "3014896271", NOW);
    }

    static PaymentAuthorized paymentAuthorized() {
        return new PaymentAuthorized("demo-theatre", PAYMENT_ID, "ORD-2026-0042", "alice", "BOX_OFFICE",
                Money.of(8250, "EUR"), VISA, SEALED_ALIAS, false, "3014896272", NOW);
    }

    static PaymentDeclined paymentDeclined() {
        return new PaymentDeclined("demo-theatre", PAYMENT_ID, "ORD-2026-0042", "alice", "MOBILE",
                Money.of(3300, "EUR"), VISA, "2", "30001301", "authorisation refused", NOW);
    }

    static CardSaved cardSaved() {
        return new CardSaved("demo-theatre", CARD_ID, "alice",
                VISA, SEALED_ALIAS, "WEB", PAYMENT_ID, NOW);
    }

    static CardPolicyChanged cardPolicyChanged() {
        return new CardPolicyChanged("demo-theatre", 3, true, 5, "KEEP_EXISTING_CARDS", Map.of(
                "WEB", new CardPolicyChanged.CvvRequirement("ALWAYS", null),
                "MOBILE", new CardPolicyChanged.CvvRequirement("ABOVE_AMOUNT", Money.of(10000, "EUR")),
                "CALL_CENTRE", new CardPolicyChanged.CvvRequirement("ALWAYS", null),
                "BOX_OFFICE", new CardPolicyChanged.CvvRequirement("NEVER", null)), "adam", NOW);
    }

    static CardUpdated cardUpdated() {
        return new CardUpdated("demo-theatre", CARD_ID, "alice", VISA_UPDATED, "WEB", NOW);
    }

    static CardDeleted cardDeleted() {
        return new CardDeleted("demo-theatre", CARD_ID, "alice", VISA, "WEB", CardDeleted.Reason.CUSTOMER_REQUEST,
                "alice", NOW);
    }

    static SavedCardDetailsConfirmed savedCardDetailsConfirmed() {
        return new SavedCardDetailsConfirmed("demo-theatre", CARD_ID, "alice", VISA_UPDATED,
                "C0N8W3ZK2L7QX4M1R6T9Y5B2DV", NOW);
    }

    static CheckoutExpired checkoutExpired() {
        return new CheckoutExpired("demo-theatre", SESSION_ID, "ORD-2026-0042", "alice",
                Money.of(24750, "EUR"), NOW, NOW);
    }

    static CheckoutCompleted checkoutCompleted() {
        return new CheckoutCompleted("demo-theatre", SESSION_ID, "ORD-2026-0042", "alice", Money.of(24750, "EUR"),
                PAYMENT_ID, "ORD-2026-0042-1", VISA, "WEB", true, NOW);
    }

    static CheckoutCancelled checkoutCancelled() {
        return new CheckoutCancelled("demo-theatre", SESSION_ID, "ORD-2026-0042", "alice", Money.of(24750, "EUR"), NOW);
    }

    static List<PlatformEvent> all() {
        return List.of(paymentCaptured(), paymentAuthorized(), paymentDeclined(), cardSaved(), cardPolicyChanged(),
                cardUpdated(), cardDeleted(), savedCardDetailsConfirmed(), checkoutExpired(), checkoutCompleted(), checkoutCancelled());
    }
}
