package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SingleValuedHeadersTest {

    private static Throwable filtering(MockServerHttpRequest.BaseBuilder<?> request, AtomicBoolean passed) {
        return catchThrowable(() -> new SingleValuedHeaders()
                .filter(MockServerWebExchange.from(request), exchange -> Mono.fromRunnable(() -> passed.set(true))).block());
    }

    @Test
    void a_request_giving_each_single_header_once_passes() {
        AtomicBoolean passed = new AtomicBoolean();

        Throwable failure = filtering(MockServerHttpRequest.post("/payments").header("Authorization", "Bearer a")
                .header("Content-Type", "application/json").header("Idempotency-Key", "k-1").header("Accept", "a/b", "c/d"), passed);

        assertThat(failure).isNull();
        assertThat(passed).isTrue();
    }

    @Test
    void authorization_content_type_or_idempotency_key_given_twice_is_refused_before_anything_reads_it() {
        for (String header : new String[] {"Authorization", "Content-Type", "Idempotency-Key", "idempotency-key"}) {
            AtomicBoolean passed = new AtomicBoolean();

            Throwable failure = filtering(MockServerHttpRequest.post("/payments").header(header, "a", "b"), passed);

            assertThat(failure).as(header).isInstanceOf(InvalidRequestException.class)
                    .hasMessageEndingWith(" header is given twice: a request carries it once.");
            assertThat(passed).as(header).isFalse();
        }
    }

    @Test
    void says_how_many_times_a_header_was_given() {
        Throwable failure = filtering(MockServerHttpRequest.get("/payments").header("Authorization", "a", "b", "c"), new AtomicBoolean());

        assertThat(failure).hasMessage("The Authorization header is given 3 times: a request carries it once.");
    }
}
