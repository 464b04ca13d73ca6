package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.ClientAddresses.anyAddress;
import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Card-testing limits on {@code POST /payments}: what is refused, that a refused attempt reaches neither the
 * PSP nor the database, and what is never counted (replays, invalid input).
 */
class PaymentAttemptLimitsIT extends GatewayIntegrationTest {

    @Value("${payments.attempts.limits.payment-per-customer.max-attempts}")
    int perCustomer;

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String customer = "customer-" + UUID.randomUUID();
    private final String token = TestTokens.salesSystem(Tenants.DEMO);
    private final String address = anyAddress();

    private WebTestClient.ResponseSpec pay(String token, String key, Map<String, Object> body, String from) {
        return http.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("Idempotency-Key", key);
                    headers.set(ClientAddresses.HEADER, from);
                })
                .bodyValue(body)
                .exchange();
    }

    private void payTimes(int payments, String token, String customer, String from) {
        for (int payment = 1; payment <= payments; payment++) {
            pay(token, anyKey(), saleFor(customer, cardOnFile(customer)), from).expectStatus().isCreated();
        }
    }

    @Test
    void the_attempt_over_the_customer_limit_is_refused_with_no_psp_call_and_no_payment_stored() {
        psp.orderAnswers(status(9, "3015001"));
        payTimes(perCustomer, token, customer, address);
        Map<String, Object> extra = saleFor(customer, cardOnFile(customer));
        String key = anyKey();

        String detail = TooManyAttempts.detailOf(pay(token, key, extra, address));

        assertThat(detail).matches("Too many payment attempts for this customer; try again in \\d+ seconds?\\.")
                .doesNotContain(customer);
        assertThat(psp.orders()).isEqualTo(perCustomer);
        assertThat(paymentsOfOrder((String) extra.get("orderReference"))).isZero();
        assertThat(count("select count(*) from idempotency_keys where idempotency_key = :key", Map.of("key", key))).isZero();
    }

    @Test
    void declined_payments_count_like_any_other() {
        psp.orderAnswers(status(93, "3015002"));
        for (int payment = 1; payment <= perCustomer; payment++) {
            pay(token, anyKey(), saleFor(customer, cardOnFile(customer)), address).expectStatus().isCreated()
                    .expectBody().jsonPath("$.state").isEqualTo("DECLINED");
        }

        TooManyAttempts.detailOf(pay(token, anyKey(), saleFor(customer, cardOnFile(customer)), address));
        assertThat(psp.orders()).isEqualTo(perCustomer);
    }

    @Test
    void a_replay_with_the_same_key_still_answers_the_first_payment_once_the_limit_is_reached() {
        psp.orderAnswers(status(9, "3015003"));
        Map<String, Object> first = saleFor(customer, cardOnFile(customer));
        String key = anyKey();
        Map<?, ?> original = pay(token, key, first, address).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        payTimes(perCustomer - 1, token, customer, address);
        TooManyAttempts.detailOf(pay(token, anyKey(), saleFor(customer, cardOnFile(customer)), address));

        Map<?, ?> replay = pay(token, key, first, address).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(replay).isEqualTo(original);
        assertThat(psp.orders()).isEqualTo(perCustomer);
    }

    @Test
    void invalid_requests_are_answered_400_and_use_up_no_attempt() {
        psp.orderAnswers(status(9, "3015004"));
        for (int attempt = 1; attempt <= perCustomer; attempt++) {
            Map<String, Object> zero = saleFor(customer, cardOnFile(customer));
            zero.put("amount", "0.00");
            pay(token, anyKey(), zero, address).expectStatus().isBadRequest();
            Map<String, Object> unsendable = saleFor(customer, cardOnFile(customer));
            unsendable.put("amount", "1.234");
            unsendable.put("currency", "BHD");
            pay(token, anyKey(), unsendable, address).expectStatus().isBadRequest();
        }

        payTimes(perCustomer, token, customer, address);
        assertThat(psp.orders()).isEqualTo(perCustomer);
    }

    @Test
    void another_customer_calling_from_the_same_address_is_not_affected() {
        psp.orderAnswers(status(9, "3015005"));
        payTimes(perCustomer, token, customer, address);
        TooManyAttempts.detailOf(pay(token, anyKey(), saleFor(customer, cardOnFile(customer)), address));

        String other = "customer-" + UUID.randomUUID();
        pay(token, anyKey(), saleFor(other, cardOnFile(other)), address).expectStatus().isCreated();
    }
}
