package com.secutix.payments.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ProblemExceptionAdviceTest {

    private final ProblemExceptionAdvice advice = new ProblemExceptionAdvice();

    private static MockServerWebExchange aPayment() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/payments"));
    }

    @Test
    void answers_a_failure_with_its_problem() {
        var answer = advice.handle(new IllegalStateException("broken"), aPayment());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void writes_nothing_over_an_answer_already_sent() {
        MockServerWebExchange exchange = aPayment();
        exchange.getResponse().setStatusCode(HttpStatus.CREATED);
        exchange.getResponse().setComplete().block();

        assertThat(advice.handle(new IllegalStateException("the client went away"), exchange)).isNull();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
