package com.secutix.payments.events;

import com.secutix.payments.events.payment.v1.PaymentCaptured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    static List<PlatformEvent> events() {
        return SampleEvents.all();
    }

    @ParameterizedTest
    @MethodSource("events")
    void an_event_reads_back_equal_to_what_was_written(PlatformEvent event) {
        byte[] json = EventJson.write(event);

        assertThat(EventJson.read(json, event.getClass())).isEqualTo(event);
    }

    @Test
    void instants_are_written_as_iso_8601_text() {
        String json = new String(EventJson.write(SampleEvents.paymentCaptured()), StandardCharsets.UTF_8);

        assertThat(json).contains("\"occurredAt\":\"2026-11-26T10:15:30.123Z\"");
    }

    @Test
    void unknown_properties_are_tolerated_so_additive_changes_stay_in_v1() {
        String json = new String(EventJson.write(SampleEvents.paymentCaptured()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":42,");

        assertThat(EventJson.read(json.getBytes(StandardCharsets.UTF_8), PaymentCaptured.class))
                .isEqualTo(SampleEvents.paymentCaptured());
    }

    @Test
    void garbage_is_refused_with_the_reason() {
        assertThatThrownBy(() -> EventJson.read("not json".getBytes(StandardCharsets.UTF_8), PaymentCaptured.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unreadable PaymentCaptured");
    }

    @Test
    void an_event_missing_a_required_field_is_refused() {
        String json = new String(EventJson.write(SampleEvents.paymentCaptured()), StandardCharsets.UTF_8)
                .replace("\"tenantId\":\"demo-theatre\",", "");

        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), PaymentCaptured.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenantId");
    }
}
