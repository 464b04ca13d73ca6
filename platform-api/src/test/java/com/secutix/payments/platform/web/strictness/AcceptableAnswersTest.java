package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.NotAcceptableStatusException;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class AcceptableAnswersTest {

    private final AtomicBoolean ran = new AtomicBoolean();

    private Throwable sending(HttpMethod method, String accept) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(method, "/payments");
        if (accept != null) {
            request.header("Accept", accept);
        }
        return catchThrowable(() -> new AcceptableAnswers()
                .filter(MockServerWebExchange.from(request), exchange -> Mono.fromRunnable(() -> ran.set(true))).block());
    }

    @Test
    void a_payment_that_accepts_no_json_answer_is_refused_before_it_runs() {
        Throwable failure = sending(HttpMethod.POST, "image/png");

        assertThat(failure).isInstanceOf(NotAcceptableStatusException.class);
        assertThat(ran).isFalse();
    }

    @Test
    void json_problem_json_any_type_or_no_accept_header_pass() {
        for (String accept : new String[] {null, "application/json", "application/problem+json", "*/*",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/*"}) {
            ran.set(false);

            assertThat(sending(HttpMethod.POST, accept)).as(accept).isNull();
            assertThat(ran).as(accept).isTrue();
        }
    }

    @Test
    void json_with_a_weight_of_zero_is_not_accepted() {
        assertThat(sending(HttpMethod.PUT, "application/json;q=0, image/png")).isInstanceOf(NotAcceptableStatusException.class);
    }

    @Test
    void an_unparsable_accept_header_on_a_change_is_a_400() {
        assertThat(sending(HttpMethod.PATCH, "not a media type;;")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("The Accept header cannot be parsed as a list of media types.");
    }

    @Test
    void reads_are_left_to_content_negotiation() {
        assertThat(sending(HttpMethod.GET, "image/png")).isNull();
        assertThat(ran).isTrue();
    }
}
