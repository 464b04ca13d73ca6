package com.secutix.payments.events;

import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import org.junit.jupiter.api.Test;

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
    }

    @Test
    void events_go_to_the_topic_of_their_aggregate() {
        assertThat(EventCatalogue.of(PaymentCaptured.class).topic()).isEqualTo(Topics.PAYMENTS);
        assertThat(EventCatalogue.of(CardSaved.class).topic()).isEqualTo(Topics.CARDS);
        assertThat(Topics.all()).allSatisfy(topic -> assertThat(topic).endsWith(".v1"));
        assertThat(Topics.deadLetterOf(Topics.PAYMENTS)).isEqualTo("payments.payment.v1.dlt");
    }

    @Test
    void each_type_names_the_source_of_the_one_service_that_publishes_it() {
        assertThat(EventCatalogue.of(PaymentCaptured.class).source()).isEqualTo("/secutix/payments/payment-gateway-service");
        assertThat(EventCatalogue.PAYMENT_AUTHORIZED.source()).isEqualTo(EventCatalogue.PAYMENT_CAPTURED.source());
        assertThat(EventCatalogue.PAYMENT_DECLINED.source()).isEqualTo(EventCatalogue.PAYMENT_CAPTURED.source());
        assertThat(EventCatalogue.CARD_SAVED.source()).isEqualTo("/secutix/payments/card-vault-service");
    }

    @Test
    void an_uncatalogued_record_is_refused() {
        assertThatThrownBy(() -> EventCatalogue.of(UncataloguedEvent.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private record UncataloguedEvent(String tenantId, String aggregateId) implements PlatformEvent {
    }
}
