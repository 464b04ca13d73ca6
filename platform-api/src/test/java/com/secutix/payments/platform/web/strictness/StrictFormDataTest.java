package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class StrictFormDataTest {

    private static MockServerWebExchange posting(String form) {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/forms")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form));
    }

    @Test
    void a_valid_form_is_read_as_spring_reads_it() {
        AtomicReference<MultiValueMap<String, String>> read = new AtomicReference<>();

        new StrictFormData().filter(posting("a=1&b=%41+c"), exchange -> exchange.getFormData().doOnNext(read::set).then()).block();

        assertThat(read.get()).containsEntry("a", List.of("1")).containsEntry("b", List.of("A c"));
    }

    @Test
    void a_form_that_is_not_validly_percent_encoded_is_an_invalid_request_not_a_server_error() {
        for (String form : new String[] {"a=%zz", "%zz=1", "a=%4", "a=%"}) {
            Throwable failure = catchThrowable(() -> new StrictFormData()
                    .filter(posting(form), exchange -> exchange.getFormData().then()).block());

            assertThat(failure).as(form).isInstanceOf(InvalidRequestException.class).hasMessage(
                    "The form body is not valid application/x-www-form-urlencoded: each '%' must be followed by two hexadecimal digits.");
        }
    }
}
