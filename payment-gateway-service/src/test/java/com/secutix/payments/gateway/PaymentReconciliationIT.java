package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lost or uncertain PSP answers become UNKNOWN, and the reconciliation job settles them with querydirect. */
class PaymentReconciliationIT extends GatewayIntegrationTest {

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String customer = "customer-" + UUID.randomUUID();
    private final String token = TestTokens.salesSystem(Tenants.DEMO);

    private String payExpectingUnknown() {
        @SuppressWarnings("unchecked")
        Map<String, Object> payment = http.post().uri("/payments")
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.set("Idempotency-Key", anyKey());
                })
                .bodyValue(saleFor(customer, cardOnFile(customer)))
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(payment).containsEntry("state", "UNKNOWN");
        return (String) payment.get("id");
    }

    private String stateOf(String id) {
        return (String) http.get().uri("/payments/{id}", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("state");
    }

    private void awaitState(String id, String state) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(stateOf(id)).isEqualTo(state));
    }

    private void awaitOneEvent(String id, String type) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !PaymentApiIT.eventsOf(id).isEmpty());
        assertThat(PaymentApiIT.eventsOf(id)).singleElement()
                .satisfies(r -> assertThat(TopicReader.headerAsString(r, CloudEventHeaders.TYPE)).isEqualTo(type));
    }

    @Test
    void a_psp_slower_than_the_timeout_leaves_the_payment_unknown_until_a_query_finds_it_captured() {
        psp.orderAnswersLate(9, 2500);
        psp.queryAnswers(status(9, "3015001"));

        String id = payExpectingUnknown();

        awaitState(id, "CAPTURED");
        awaitOneEvent(id, "com.secutix.payments.payment.captured.v1");
        assertThat(psp.orders()).isEqualTo(1);
        assertThat(psp.queryRequests()).anySatisfy(form -> assertThat(form)
                .containsEntry("ORDERID", PaymentApiIT.orderIdOf(id)).containsKey("SHASIGN"));
    }

    @Test
    void a_reset_connection_leaves_the_payment_unknown_until_a_query_finds_it_declined() {
        psp.orderResetsConnection();
        psp.queryAnswers(status(93, "3015002"));

        String id = payExpectingUnknown();

        awaitState(id, "DECLINED");
        awaitOneEvent(id, "com.secutix.payments.payment.declined.v1");
    }

    @Test
    void a_malformed_answer_leaves_the_payment_unknown_until_a_query_settles_it() {
        psp.orderAnswersMalformed();
        psp.queryAnswers(status(9, "3015003"));

        String id = payExpectingUnknown();

        awaitState(id, "CAPTURED");
    }

    @Test
    void payment_uncertain_status_92_is_unknown_then_settled_by_query() {
        psp.orderAnswers(status(92, "3015004"));
        psp.queryAnswers(status(9, "3015004"));

        String id = payExpectingUnknown();

        awaitState(id, "CAPTURED");
        assertThat(transactionsOf(id)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_payment_the_psp_never_settles_goes_to_manual_review_after_the_last_check() {
        psp.orderAnswersLate(9, 2500);
        psp.queryFailsWithServerErrors();

        String id = payExpectingUnknown();

        awaitState(id, "MANUAL_REVIEW");
        assertThat(psp.queries()).isGreaterThanOrEqualTo(4);
        assertThat(PaymentApiIT.eventsOf(id)).isEmpty();
    }
}
