package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentApiIT.eventsOf;
import static com.secutix.payments.gateway.PaymentApiIT.orderIdOf;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.testsupport.OgoneResponse;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code POST /payments/{id}/buyer-return}: the buyer is back from 3-D Secure, the gateway asks the PSP at once
 * (the query reconciliation uses) and records a decision as reconciliation does, never trusting the redirect.
 */
class BuyerReturnIT extends GatewayIntegrationTest {

    private static final String CHALLENGE_PAGE = "<html><body>Your bank asks you to confirm</body></html>";
    private static final String CAPTURED_TYPE = "com.secutix.payments.payment.captured.v1";

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String customer = "customer-" + UUID.randomUUID();
    private final String salesSystem = TestTokens.salesSystem(Tenants.DEMO);

    // --- helpers

    /** A web sale whose card the issuer wants to challenge: STATUS 46 with the page for the buyer. */
    private Map<String, Object> challengedPayment() {
        psp.orderAnswers(OgoneResponse.accepted("", "3017001", 46).htmlAnswer(CHALLENGE_PAGE));
        @SuppressWarnings("unchecked")
        Map<String, Object> payment = http.post().uri("/payments")
                .headers(h -> {
                    h.setBearerAuth(salesSystem);
                    h.set("Idempotency-Key", anyKey());
                })
                .bodyValue(saleFor(customer, cardOnFile(customer)))
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(payment).containsEntry("state", "PENDING_BUYER_ACTION").containsKey("buyerAction");
        return payment;
    }

    /**
     * Keeps the reconciliation job off the payment for the test (its next check an hour away), so every PSP
     * query seen is the buyer-return's.
     */
    private void holdReconciliation(String id) {
        database.sql("update payments set next_check_at = now() + interval '1 hour' where id = :id")
                .bind("id", UUID.fromString(id)).fetch().rowsUpdated().block();
    }

    /** What the PSP's redirect to ACCEPTURL carries; the browser could bring anything, so it decides nothing. */
    private static Map<String, Object> redirectClaiming(String id, int status) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("orderID", orderIdOf(id));
        parameters.put("PAYID", "3017001");
        parameters.put("STATUS", Integer.toString(status));
        parameters.put("NCERROR", "0");
        parameters.put("SHASIGN", "0".repeat(128));
        return Map.of("parameters", parameters);
    }

    private WebTestClient.ResponseSpec buyerReturn(String token, String id, Map<String, Object> body) {
        WebTestClient.RequestBodySpec request = http.post().uri("/payments/{id}/buyer-return", id)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                });
        return body == null ? request.exchange() : request.bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> buyerReturned(String id, Map<String, Object> body) {
        return buyerReturn(salesSystem, id, body).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String id) {
        return http.get().uri("/payments/{id}", id).headers(h -> h.setBearerAuth(salesSystem)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private long queriesAbout(String id) {
        return psp.queryRequests().stream().filter(form -> orderIdOf(id).equals(form.get("ORDERID"))).count();
    }

    private long outboxEventsOf(String id, String type) {
        return count("select count(*) from outbox_events where message_key = :id and event_type = :type",
                Map.of("id", id, "type", type));
    }

    private long outboxEventsOf(String id) {
        return count("select count(*) from outbox_events where message_key = :id", Map.of("id", id));
    }

    private void awaitOneEventOnKafka(String id, String type) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !eventsOf(id).isEmpty());
        assertThat(eventsOf(id)).singleElement()
                .satisfies(r -> assertThat(TopicReader.headerAsString(r, CloudEventHeaders.TYPE)).isEqualTo(type));
    }

    // --- the outcome

    @Test
    void a_challenged_payment_the_psp_has_captured_is_captured_on_the_buyers_return_with_one_event() {
        String id = (String) challengedPayment().get("id");
        holdReconciliation(id);
        psp.queryAnswers(status(9, "3017001"));

        Map<String, Object> answer = buyerReturned(id, redirectClaiming(id, 9));

        assertThat(answer).containsEntry("id", id).containsEntry("state", "CAPTURED")
                .containsEntry("pspPayId", "3017001").containsEntry("pspOrderId", orderIdOf(id))
                .doesNotContainKey("alias");
        assertThat(answer.get("buyerAction")).isNull();
        assertThat(answer).isEqualTo(read(id));
        assertThat(psp.queryRequests()).filteredOn(form -> orderIdOf(id).equals(form.get("ORDERID"))).singleElement()
                .satisfies(form -> assertThat(form).containsKeys("PSPID", "USERID", "PSWD", "SHASIGN"));
        assertThat(transactionsOf(id)).isEqualTo(2);
        assertThat(outboxEventsOf(id, CAPTURED_TYPE)).isEqualTo(1);
        assertThat(outboxEventsOf(id)).isEqualTo(1);
        awaitOneEventOnKafka(id, CAPTURED_TYPE);
    }

    @Test
    void a_challenge_the_buyer_failed_declines_the_payment_with_one_event() {
        String id = (String) challengedPayment().get("id");
        holdReconciliation(id);
        psp.queryAnswers(OgoneResponse.accepted("", "3017001", 2).ncError("40001134"));

        assertThat(buyerReturned(id, redirectClaiming(id, 2))).containsEntry("state", "DECLINED");

        assertThat(outboxEventsOf(id, "com.secutix.payments.payment.declined.v1")).isEqualTo(1);
        assertThat(outboxEventsOf(id)).isEqualTo(1);
    }

    @Test
    void a_payment_the_psp_still_waits_for_stays_as_it_is_whatever_the_redirect_claims() {
        Map<String, Object> challenged = challengedPayment();
        String id = (String) challenged.get("id");
        holdReconciliation(id);
        psp.queryAnswers(status(46, "3017001"));

        Map<String, Object> answer = buyerReturned(id, redirectClaiming(id, 9));

        assertThat(answer).containsEntry("state", "PENDING_BUYER_ACTION")
                .containsEntry("buyerAction", challenged.get("buyerAction"));
        assertThat(queriesAbout(id)).isEqualTo(1);
        assertThat(transactionsOf(id)).as("the query is kept in the payment's PSP ledger").isEqualTo(2);
        assertThat(count("select count(*) from payments where id = :id and checks_done = 0 "
                        + "and next_check_at > now() + interval '30 minutes'", Map.of("id", UUID.fromString(id))))
                .as("the reconciliation's schedule is neither advanced nor used up").isEqualTo(1);
        assertThat(outboxEventsOf(id)).isZero();

        // at once again (the page asks while the buyer waits): the PSP was asked less than 2 s ago
        assertThat(buyerReturned(id, null)).containsEntry("state", "PENDING_BUYER_ACTION");
        assertThat(queriesAbout(id)).isEqualTo(1);
        assertThat(transactionsOf(id)).isEqualTo(2);

        // past the interval the PSP is asked again, and now it has decided
        psp.queryAnswers(status(9, "3017001"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(buyerReturned(id, null)).containsEntry("state", "CAPTURED"));
        assertThat(queriesAbout(id)).isEqualTo(2);
        assertThat(outboxEventsOf(id, CAPTURED_TYPE)).isEqualTo(1);
    }

    @Test
    void a_settled_payment_is_answered_as_it_is_without_asking_the_psp() {
        psp.orderAnswers(status(9, "3017002"));
        @SuppressWarnings("unchecked")
        Map<String, Object> paid = http.post().uri("/payments")
                .headers(h -> {
                    h.setBearerAuth(salesSystem);
                    h.set("Idempotency-Key", anyKey());
                })
                .bodyValue(saleFor(customer, cardOnFile(customer)))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) paid.get("id");
        psp.queryAnswers(status(93, "3017002"));

        Map<String, Object> answer = buyerReturned(id, redirectClaiming(id, 93));

        assertThat(answer).containsEntry("state", "CAPTURED").isEqualTo(read(id));
        assertThat(queriesAbout(id)).isZero();
        assertThat(transactionsOf(id)).isEqualTo(1);
        assertThat(outboxEventsOf(id)).isEqualTo(1);
    }

    @Test
    void a_payment_whose_order_is_not_answered_yet_is_answered_as_it_is_without_asking_the_psp() {
        psp.orderAnswersLate(9, 1500);
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));
        String orderReference = (String) body.get("orderReference");
        CompletableFuture<Integer> paying = CompletableFuture.supplyAsync(() -> http.post().uri("/payments")
                .headers(h -> {
                    h.setBearerAuth(salesSystem);
                    h.set("Idempotency-Key", anyKey());
                })
                .bodyValue(body).exchange().returnResult(String.class).getStatus().value());
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOfOrder(orderReference) == 1);
        String id = database.sql("select id from payments where order_reference = :ref").bind("ref", orderReference)
                .map(row -> row.get("id", UUID.class).toString()).one().block();

        // a query now could overtake the order on its way, and find no order at the PSP
        assertThat(buyerReturned(id, null)).containsEntry("state", "PENDING");
        assertThat(queriesAbout(id)).isZero();

        // the PSP's answer comes after the tests' 1 s read timeout: the order ends UNKNOWN, for reconciliation
        assertThat(paying.join()).isEqualTo(202);
        assertThat(queriesAbout(id)).isZero();
    }

    // --- who may call it

    @Test
    void only_a_caller_that_may_pay_on_the_payments_channel_in_its_tenant_may_call_it() {
        String id = (String) challengedPayment().get("id");
        holdReconciliation(id);
        psp.queryAnswers(status(9, "3017001"));

        buyerReturn(TestTokens.salesSystem(Tenants.OTHER), id, redirectClaiming(id, 9)).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        buyerReturn(salesSystem, UUID.randomUUID().toString(), null).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        buyerReturn(salesSystem, "not-an-id", null).expectStatus().isNotFound();
        // the paying customer: customers never act here (the checkout does), refused before any look-up
        buyerReturn(TestTokens.customer(Tenants.DEMO, customer), id, redirectClaiming(id, 9))
                .expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith("application/problem+json");
        buyerReturn(TestTokens.customer(Tenants.DEMO, "someone-else"), id, null).expectStatus().isForbidden();
        buyerReturn(TestTokens.customer(Tenants.DEMO, customer), UUID.randomUUID().toString(), null)
                .expectStatus().isForbidden();
        // staff of the tenant who may read the web payment, but do not pay on the web
        buyerReturn(TestTokens.boxOffice(Tenants.DEMO), id, null).expectStatus().isForbidden();
        buyerReturn(TestTokens.operator(Tenants.DEMO), id, null).expectStatus().isForbidden();
        buyerReturn(TestTokens.admin(Tenants.DEMO), id, null).expectStatus().isForbidden();
        buyerReturn(null, id, null).expectStatus().isUnauthorized();

        assertThat(queriesAbout(id)).as("none of them reached the PSP").isZero();
        assertThat(read(id)).containsEntry("state", "PENDING_BUYER_ACTION");
        assertThat(transactionsOf(id)).isEqualTo(1);
    }

    // --- at the same moment

    @Test
    void two_buyer_returns_at_once_record_one_outcome_and_one_event() {
        String id = (String) challengedPayment().get("id");
        holdReconciliation(id);
        psp.queryAnswersLate(status(9, "3017001"), 400);

        List<Map<String, Object>> answers = List.of(
                        CompletableFuture.supplyAsync(() -> buyerReturned(id, redirectClaiming(id, 9))),
                        CompletableFuture.supplyAsync(() -> buyerReturned(id, null)))
                .stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer).containsEntry("state", "CAPTURED"));
        assertThat(outboxEventsOf(id, CAPTURED_TYPE)).isEqualTo(1);
        assertThat(outboxEventsOf(id)).isEqualTo(1);
        assertThat(transactionsOf(id)).as("one query recorded, the loser's dropped").isEqualTo(2);
        awaitOneEventOnKafka(id, CAPTURED_TYPE);
    }

    @Test
    void a_buyer_return_and_the_reconciliation_job_at_once_record_one_outcome_and_one_event() {
        String id = (String) challengedPayment().get("id");
        psp.queryAnswersLate(status(9, "3017001"), 400);
        // due now: the job (every 300 ms here) claims it while the buyer comes back
        database.sql("update payments set next_check_at = now() where id = :id")
                .bind("id", UUID.fromString(id)).fetch().rowsUpdated().block();

        Map<String, Object> answer = buyerReturned(id, redirectClaiming(id, 9));

        // the winner's record is answered: the buyer-return's own, or the job's if it was there first
        assertThat(answer.get("state")).isIn("CAPTURED", "PENDING_BUYER_ACTION");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(read(id)).containsEntry("state", "CAPTURED"));
        assertThat(outboxEventsOf(id, CAPTURED_TYPE)).isEqualTo(1);
        assertThat(outboxEventsOf(id)).isEqualTo(1);
        awaitOneEventOnKafka(id, CAPTURED_TYPE);
    }
}
