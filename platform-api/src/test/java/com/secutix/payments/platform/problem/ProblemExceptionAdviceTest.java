package com.secutix.payments.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

@ExtendWith(OutputCaptureExtension.class)
class ProblemExceptionAdviceTest {

    private static final String BUSY = "This service is running as many payments as it can; nothing was done.";

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

    @Test
    void a_busy_refusal_is_answered_with_its_retry_after_and_summed_up_in_one_warning_an_interval(CapturedOutput output) {
        MovingClock clock = new MovingClock();
        ProblemExceptionAdvice advice = new ProblemExceptionAdvice(clock);

        var answer = advice.handle(new ServiceUnavailableException(BUSY, Duration.ofSeconds(1)), aPayment());
        for (int i = 0; i < 100; i++) {
            clock.move(Duration.ofMillis(200));
            advice.handle(new ServiceUnavailableException(BUSY, Duration.ofSeconds(1)), aPayment());
        }

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(output.getOut()).doesNotContain("ERROR").doesNotContain("ServiceUnavailableException");
        // 101 refusals over 20 s: the first at once, then one warning for each 10 s's 50
        assertThat(output.getOut().lines().filter(line -> line.contains("with 503 Service Unavailable since")))
                .satisfiesExactly(
                        first -> assertThat(first).contains("WARN").contains("Answered 1 request(s)")
                                .contains("the latest, POST /payments: " + BUSY),
                        second -> assertThat(second).contains("Answered 50 request(s)"),
                        third -> assertThat(third).contains("Answered 50 request(s)"));
    }

    @Test
    void a_503_with_a_cause_is_logged_as_the_error_it_is(CapturedOutput output) {
        advice.handle(new ServiceUnavailableException("The payment gateway could not be reached. Try again shortly.",
                Duration.ofSeconds(5), new IOException("Connection refused: localhost/127.0.0.1:8081")), aPayment());

        assertThat(output.getOut()).contains("ERROR").contains("Request POST /payments failed")
                .contains("Connection refused: localhost/127.0.0.1:8081");
    }

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
