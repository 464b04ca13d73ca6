package com.secutix.payments.platform.web.strictness;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonReadingTest {

    record Buyer(String name) {
    }

    record Payment(String orderReference, long amount, BigDecimal total, Buyer buyer) {
    }

    enum Channel { WEB, MOBILE }

    record Options(Integer screenWidth, Boolean saveCard, Channel channel) {
    }

    private final JsonMapper jsonMapper = strict();

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonReading().customize(builder);
        return builder.build();
    }

    @Test
    void reads_a_plain_document_as_before() {
        Payment payment = jsonMapper.readValue("{\"orderReference\":\"O-1\",\"amount\":100,\"total\":\"82.50\",\"buyer\":{\"name\":\"A\"}}",
                Payment.class);

        assertThat(payment).isEqualTo(new Payment("O-1", 100, new BigDecimal("82.50"), new Buyer("A")));
    }

    @Test
    void a_key_given_twice_is_refused_at_any_depth_even_where_nothing_binds_it() {
        for (String json : new String[] {
                "{\"amount\":1,\"amount\":1000}",
                "{\"buyer\":{\"name\":\"A\",\"name\":\"B\"}}",
                "{\"extra\":[{\"a\":1,\"a\":2}]}"}) {
            assertThatThrownBy(() -> jsonMapper.readValue(json, Payment.class)).as(json)
                    .isInstanceOf(JacksonException.class).hasMessageContaining("Duplicate Object property");
        }
        assertThatThrownBy(() -> jsonMapper.readValue("{\"a\":1,\"a\":2}", Map.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void anything_after_the_document_is_refused() {
        assertThatThrownBy(() -> jsonMapper.readValue("{\"amount\":1}{\"amount\":2}", Payment.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("Trailing token");
    }

    @Test
    void a_fraction_or_an_exponent_is_not_an_integer() {
        for (String amount : new String[] {"1e3", "100.5", "100.0"}) {
            assertThatThrownBy(() -> jsonMapper.readValue("{\"amount\":" + amount + "}", Payment.class)).as(amount)
                    .isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void a_value_of_another_json_type_is_not_converted() {
        for (String json : new String[] {"{\"screenWidth\":\"1920\"}", "{\"screenWidth\":\"\"}",
            "{\"saveCard\":\"true\"}", "{\"saveCard\":1}", "{\"channel\":1}"}) {
            assertThatThrownBy(() -> jsonMapper.readValue(json, Options.class)).as(json)
                    .isInstanceOf(JacksonException.class);
        }
        for (String json : new String[] {"{\"orderReference\":42}", "{\"orderReference\":4.2}",
            "{\"orderReference\":true}"}) {
            assertThatThrownBy(() -> jsonMapper.readValue(json, Payment.class)).as(json)
                    .isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void a_decimal_amount_given_as_a_string_still_reads() {
        assertThat(jsonMapper.readValue("{\"amount\":1,\"total\":\"82.50\"}", Payment.class).total())
                .isEqualByComparingTo("82.50");
        assertThat(jsonMapper.readValue("{\"channel\":\"MOBILE\"}", Options.class).channel())
                .isEqualTo(Channel.MOBILE);
    }
}
