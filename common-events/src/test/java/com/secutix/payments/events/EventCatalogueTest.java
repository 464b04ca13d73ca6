package com.secutix.payments.events;

import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.card.v1.CardUpdated;
import com.secutix.payments.events.cardentry.v1.SavedCardDetailsConfirmed;
import com.secutix.payments.events.checkout.v1.CheckoutCancelled;
import com.secutix.payments.events.checkout.v1.CheckoutCompleted;
import com.secutix.payments.events.checkout.v1.CheckoutExpired;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogueTest {

    @Test
    void type_names_are_unique_logical_names_never_java_class_names() {
        assertThat(EventCatalogue.all()).extracting(EventType::name).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("com\\.secutix\\.payments\\.[a-z]+\\.[a-z]+\\.v[0-9]+"));
        EventCatalogue.all().forEach(type -> assertThat(type.name()).isNotEqualTo(type.payloadType().getName()));
    }

    @Test
    void a_type_is_found_by_its_record_and_by_its_name() {
        assertThat(EventCatalogue.of(PaymentCaptured.class).name()).isEqualTo("com.secutix.payments.payment.captured.v1");
        assertThat(EventCatalogue.byName("com.secutix.payments.card.saved.v1")).contains(EventCatalogue.CARD_SAVED);
        assertThat(EventCatalogue.byName("PaymentCaptured")).isEmpty();
        assertThat(EventCatalogue.of(CheckoutCompleted.class)).isEqualTo(EventCatalogue.CHECKOUT_COMPLETED);
        assertThat(EventCatalogue.byName("com.secutix.payments.checkout.completed.v1")).contains(EventCatalogue.CHECKOUT_COMPLETED);
        assertThat(EventCatalogue.of(CheckoutCancelled.class)).isEqualTo(EventCatalogue.CHECKOUT_CANCELLED);
        assertThat(EventCatalogue.byName("com.secutix.payments.checkout.cancelled.v1")).contains(EventCatalogue.CHECKOUT_CANCELLED);
    }

    @Test
    void events_go_to_the_topic_of_their_aggregate() {
        assertThat(EventCatalogue.of(PaymentCaptured.class).topic()).isEqualTo(Topics.PAYMENTS);
        assertThat(EventCatalogue.of(CardSaved.class).topic()).isEqualTo(Topics.CARDS);
        assertThat(Topics.all()).allSatisfy(topic -> assertThat(topic).endsWith(".v1"));
        assertThat(Topics.deadLetterOf(Topics.PAYMENTS)).isEqualTo("payments.payment.v1.dlt");
        assertThat(List.of(CheckoutExpired.class, CheckoutCompleted.class, CheckoutCancelled.class))
                .allSatisfy(record -> assertThat(EventCatalogue.of(record).topic()).isEqualTo(Topics.CHECKOUTS));
    }

    @Test
    void each_type_names_the_source_of_the_one_service_that_publishes_it() {
        assertThat(EventCatalogue.of(PaymentCaptured.class).source()).isEqualTo("/secutix/payments/payment-gateway-service");
        assertThat(EventCatalogue.PAYMENT_AUTHORIZED.source()).isEqualTo(EventCatalogue.PAYMENT_CAPTURED.source());
        assertThat(EventCatalogue.PAYMENT_DECLINED.source()).isEqualTo(EventCatalogue.PAYMENT_CAPTURED.source());
        assertThat(EventCatalogue.CARD_SAVED.source()).isEqualTo("/secutix/payments/card-vault-service");
        assertThat(List.of(EventCatalogue.CHECKOUT_EXPIRED, EventCatalogue.CHECKOUT_COMPLETED, EventCatalogue.CHECKOUT_CANCELLED))
                .allSatisfy(type -> assertThat(type.source()).isEqualTo("/secutix/payments/checkout-bff"));
    }

    @Test
    void the_card_update_and_deletion_events_are_the_vaults_on_the_card_topic_keyed_by_card_id() {
        assertThat(EventCatalogue.of(CardUpdated.class)).isEqualTo(EventCatalogue.CARD_UPDATED);
        assertThat(EventCatalogue.byName("com.secutix.payments.card.updated.v1")).contains(EventCatalogue.CARD_UPDATED);
        assertThat(EventCatalogue.byName("com.secutix.payments.card.deleted.v1")).contains(EventCatalogue.CARD_DELETED);
        assertThat(List.of(EventCatalogue.CARD_UPDATED, EventCatalogue.CARD_DELETED)).allSatisfy(type -> {
            assertThat(type.topic()).isEqualTo(Topics.CARDS);
            assertThat(type.source()).isEqualTo(EventCatalogue.CARD_SAVED.source());
        });
        assertThat(List.<PlatformEvent>of(SampleEvents.cardUpdated(), SampleEvents.cardDeleted(),
                        SampleEvents.savedCardDetailsConfirmed()))
                .allSatisfy(event -> assertThat(event.aggregateId()).isEqualTo(SampleEvents.CARD_ID.toString()));
    }

    @Test
    void the_confirmed_card_details_are_the_gateways_on_the_card_entry_topic() {
        EventType<SavedCardDetailsConfirmed> type = EventCatalogue.of(SavedCardDetailsConfirmed.class);
        assertThat(type.name()).isEqualTo("com.secutix.payments.cardentry.detailsconfirmed.v1");
        assertThat(type.topic()).isEqualTo(Topics.CARD_ENTRIES).isEqualTo("payments.cardentry.v1");
        assertThat(type.source()).isEqualTo(EventCatalogue.PAYMENT_CAPTURED.source());
        assertThat(Topics.all()).contains(Topics.CARD_ENTRIES);
    }

    @Test
    void no_card_update_or_deletion_event_has_an_alias_field() {
        assertThat(List.of(CardUpdated.class, CardDeleted.class, SavedCardDetailsConfirmed.class)).allSatisfy(record ->
                assertThat(record.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
                        .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("alias")));
    }

    @Test
    void the_checkout_events_are_keyed_by_their_session_id() {
        assertThat(List.<PlatformEvent>of(SampleEvents.checkoutExpired(), SampleEvents.checkoutCompleted(),
                        SampleEvents.checkoutCancelled()))
                .allSatisfy(event -> assertThat(event.aggregateId()).isEqualTo(SampleEvents.SESSION_ID.toString()));
    }

    @Test
    void an_uncatalogued_record_is_refused() {
        assertThatThrownBy(() -> EventCatalogue.of(UncataloguedEvent.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private record UncataloguedEvent(String tenantId, String aggregateId) implements PlatformEvent {
    }
}
