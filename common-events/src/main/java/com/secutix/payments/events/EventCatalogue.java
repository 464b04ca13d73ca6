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

import java.util.List;
import java.util.Optional;

/** Every event type the platform publishes, found by record class or by CloudEvents type name. */
public final class EventCatalogue {

    private static final String PREFIX = "com.secutix.payments.";
    private static final String PAYMENT_GATEWAY = "/secutix/payments/payment-gateway-service";
    private static final String CARD_VAULT = "/secutix/payments/card-vault-service";
    private static final String CHECKOUT = "/secutix/payments/checkout-bff";

    public static final EventType<PaymentAuthorized> PAYMENT_AUTHORIZED =
            new EventType<>(PREFIX + "payment.authorized.v1", Topics.PAYMENTS, PaymentAuthorized.class, PAYMENT_GATEWAY);
    public static final EventType<PaymentCaptured> PAYMENT_CAPTURED =
            new EventType<>(PREFIX + "payment.captured.v1", Topics.PAYMENTS, PaymentCaptured.class, PAYMENT_GATEWAY);
    public static final EventType<PaymentDeclined> PAYMENT_DECLINED =
            new EventType<>(PREFIX + "payment.declined.v1", Topics.PAYMENTS, PaymentDeclined.class, PAYMENT_GATEWAY);
    public static final EventType<CardSaved> CARD_SAVED =
            new EventType<>(PREFIX + "card.saved.v1", Topics.CARDS, CardSaved.class, CARD_VAULT);
    public static final EventType<CardPolicyChanged> CARD_POLICY_CHANGED =
            new EventType<>(PREFIX + "cardpolicy.changed.v1", Topics.CARDS, CardPolicyChanged.class, CARD_VAULT);
    public static final EventType<CardUpdated> CARD_UPDATED =
            new EventType<>(PREFIX + "card.updated.v1", Topics.CARDS, CardUpdated.class, CARD_VAULT);
    public static final EventType<CardDeleted> CARD_DELETED =
            new EventType<>(PREFIX + "card.deleted.v1", Topics.CARDS, CardDeleted.class, CARD_VAULT);
    public static final EventType<SavedCardDetailsConfirmed> SAVED_CARD_DETAILS_CONFIRMED =
            new EventType<>(PREFIX + "cardentry.detailsconfirmed.v1", Topics.CARD_ENTRIES,
                    SavedCardDetailsConfirmed.class, PAYMENT_GATEWAY);
    public static final EventType<CheckoutExpired> CHECKOUT_EXPIRED =
            new EventType<>(PREFIX + "checkout.expired.v1", Topics.CHECKOUTS, CheckoutExpired.class, CHECKOUT);
    public static final EventType<CheckoutCompleted> CHECKOUT_COMPLETED =
            new EventType<>(PREFIX + "checkout.completed.v1", Topics.CHECKOUTS, CheckoutCompleted.class, CHECKOUT);
    public static final EventType<CheckoutCancelled> CHECKOUT_CANCELLED =
            new EventType<>(PREFIX + "checkout.cancelled.v1", Topics.CHECKOUTS, CheckoutCancelled.class, CHECKOUT);

    private static final List<EventType<?>> ALL =
            List.of(PAYMENT_AUTHORIZED, PAYMENT_CAPTURED, PAYMENT_DECLINED, CARD_SAVED, CARD_POLICY_CHANGED,
                    CARD_UPDATED, CARD_DELETED, SAVED_CARD_DETAILS_CONFIRMED, CHECKOUT_EXPIRED, CHECKOUT_COMPLETED, CHECKOUT_CANCELLED);

    private EventCatalogue() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    @SuppressWarnings("unchecked")
    public static <T extends PlatformEvent> EventType<T> of(Class<T> payloadType) {
        return (EventType<T>) ALL.stream()
                .filter(type -> type.payloadType().equals(payloadType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a catalogued event: " + payloadType.getName()));
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
