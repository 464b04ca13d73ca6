package com.secutix.payments.checkout.payment.adapter.out.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.checkout.payment.application.GatewayBusyException;
import com.secutix.payments.checkout.payment.application.PaymentInProgressException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeStrategies;

/** How the gateway's refusals of a payment read, for the checkout and the call centre alike. */
class GatewayRefusalsTest {

    @Test
    void a_gateway_too_busy_to_take_the_payment_is_told_apart_from_one_still_running_it() {
        assertThatThrownBy(() -> WebClientGateway.paymentOrRefusal(problem(HttpStatus.SERVICE_UNAVAILABLE,
                "This service is running as many payments as it can; nothing was done, retry with the same Idempotency-Key."))
                .block())
                .isInstanceOf(GatewayBusyException.class).hasMessageContaining("nothing was done");

        assertThatThrownBy(() -> WebClientGateway.paymentOrRefusal(problem(HttpStatus.CONFLICT,
                "A request with this Idempotency-Key is still being processed.")).block())
                .isInstanceOf(PaymentInProgressException.class).hasMessageContaining("still being processed");
    }

    @Test
    void a_503_that_is_not_the_gateways_own_answer_leaves_the_outcome_unknown() {
        ClientResponse proxy = ClientResponse.create(HttpStatus.SERVICE_UNAVAILABLE, ExchangeStrategies.withDefaults())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML_VALUE).body("<html>503 Service Unavailable</html>").build();

        assertThatThrownBy(() -> WebClientGateway.paymentOrRefusal(proxy).block()).isInstanceOf(PaymentInProgressException.class);
    }

    private static ClientResponse problem(HttpStatus status, String detail) {
        return ClientResponse.create(status, ExchangeStrategies.withDefaults())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .body("{\"type\":\"about:blank\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}")
                .build();
    }
}
