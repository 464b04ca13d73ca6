package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.platform.secrets.LocalDemoSecrets;
import com.secutix.payments.events.payment.v1.PaymentDeclined;
import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

class PaymentApiIT extends GatewayIntegrationTest {

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String customer = "customer-" + UUID.randomUUID();

    private WebTestClient.ResponseSpec pay(String token, String key, Map<String, Object> body) {
        return http.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    if (key != null) {
                        headers.set("Idempotency-Key", key);
                    }
                })
                .bodyValue(body)
                .exchange();
    }

    private Map<String, Object> payAsSalesSystem(Map<String, Object> body, HttpStatus expected) {
        return pay(TestTokens.salesSystem(Tenants.DEMO), anyKey(), body)
                .expectStatus().isEqualTo(expected)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    static String orderIdOf(String paymentId) {
        return OgoneOrderId.of(PaymentId.parse(paymentId)).value();
    }

    static List<ConsumerRecord<String, byte[]>> eventsOf(String paymentId) {
        return TopicReader.readAll(Topics.PAYMENTS).stream().filter(r -> paymentId.equals(r.key())).toList();
    }

    @Test
    void a_captured_sale_is_stored_and_published_once_as_payment_captured() {
        psp.orderAnswers(status(9, "3014657"));
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));

        Map<String, Object> payment = payAsSalesSystem(body, HttpStatus.CREATED);

        String id = (String) payment.get("id");
        assertThat(payment).containsEntry("state", "CAPTURED").containsEntry("amount", "82.50")
                .containsEntry("currency", "EUR").containsEntry("pspPayId", "3014657")
                .containsEntry("pspOrderId", orderIdOf(id))
                .containsEntry("customerId", customer).containsEntry("channel", "WEB")
                .containsKey("createdAt").doesNotContainKey("alias");
        assertThat(payment.toString()).doesNotContain((String) body.get("alias"));
        assertThat(paymentsOfOrder((String) body.get("orderReference"))).isEqualTo(1);
        assertThat(transactionsOf(id)).isEqualTo(1);
        assertThat(psp.orderRequests()).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("AMOUNT", "8250").containsEntry("CURRENCY", "EUR").containsEntry("OPERATION", "SAL")
                .containsEntry("ORDERID", orderIdOf(id)).containsKey("SHASIGN"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !eventsOf(id).isEmpty());
        List<ConsumerRecord<String, byte[]>> events = eventsOf(id);
        assertThat(events).hasSize(1);
        ConsumerRecord<String, byte[]> record = events.get(0);
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.TYPE))
                .isEqualTo("com.secutix.payments.payment.captured.v1");
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.TENANT_ID)).isEqualTo(Tenants.DEMO);
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.SOURCE))
                .isEqualTo("/secutix/payments/payment-gateway-service");
        assertThat(TopicReader.header(record, CloudEventHeaders.ID)).isPresent();
        assertThat(TopicReader.header(record, CloudEventHeaders.TIME)).isPresent();
        assertThat(CardDataScanner.scan(TopicReader.valueAsString(record))).isEmpty();
        PaymentCaptured captured = EventJson.read(record.value(), PaymentCaptured.class);
        assertThat(captured.paymentId()).isEqualTo(UUID.fromString(id));
        assertThat(captured.amount().minorUnits()).isEqualTo(8250);
        assertThat(captured.pspPayId()).isEqualTo("3014657");
        assertThat(captured.saveCardRequested()).isTrue();
        assertThat(captured.card().lastFour()).isEqualTo("1111");
        assertThat(LocalDemoSecrets.openedAlias(captured.tenantId(), captured.sealedPspAlias())).isEqualTo(body.get("alias"));
        assertThat(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)).as("the published record")
                .doesNotContain((String) body.get("alias"));
    }

    @Test
    void a_refused_sale_is_declined_and_published_as_payment_declined() {
        psp.orderAnswers(status(93, "3014658"));

        Map<String, Object> payment = payAsSalesSystem(saleFor(customer, cardOnFile(customer)), HttpStatus.CREATED);

        String id = (String) payment.get("id");
        assertThat(payment).containsEntry("state", "DECLINED");
        await().atMost(Duration.ofSeconds(20)).until(() -> !eventsOf(id).isEmpty());
        ConsumerRecord<String, byte[]> record = eventsOf(id).get(0);
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.TYPE))
                .isEqualTo("com.secutix.payments.payment.declined.v1");
        PaymentDeclined declined = EventJson.read(record.value(), PaymentDeclined.class);
        assertThat(declined.pspStatus()).isEqualTo("93");
        assertThat(declined.pspError()).isEqualTo("30001301");
    }

    @Test
    void an_authorisation_is_sent_as_res_and_answers_authorised() {
        psp.orderAnswers(status(5, "3014659"));
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));
        body.put("operation", "AUTHORISATION");

        Map<String, Object> payment = payAsSalesSystem(body, HttpStatus.CREATED);

        assertThat(payment).containsEntry("state", "AUTHORISED").containsEntry("operation", "AUTHORISATION");
        assertThat(psp.orderRequests()).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("OPERATION", "RES"));
    }

    @Test
    void the_same_key_and_body_replays_the_answer_with_one_psp_call() {
        psp.orderAnswers(status(9, "3014660"));
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));
        String key = anyKey();
        String token = TestTokens.salesSystem(Tenants.DEMO);

        Map<?, ?> first = pay(token, key, body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> second = pay(token, key, body).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(second).isEqualTo(first);
        assertThat(psp.orders()).isEqualTo(1);
        assertThat(paymentsOfOrder((String) body.get("orderReference"))).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_amount_is_refused_with_422() {
        psp.orderAnswers(status(9, "3014661"));
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));
        String key = anyKey();
        String token = TestTokens.salesSystem(Tenants.DEMO);
        pay(token, key, body).expectStatus().isCreated();

        body.put("amount", "99.00");
        pay(token, key, body).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith("application/problem+json");

        assertThat(psp.orders()).isEqualTo(1);
    }

    @Test
    void concurrent_requests_with_the_same_key_call_the_psp_once() {
        psp.orderAnswersLate(9, 400);
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));
        String key = anyKey();
        String token = TestTokens.salesSystem(Tenants.DEMO);

        List<Integer> statuses = reactor.core.publisher.Flux.range(0, 3)
                .flatMap(i -> reactor.core.publisher.Mono.fromCallable(() -> pay(token, key, body)
                                .returnResult(String.class).getStatus().value())
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .collectList().block();

        // the winner answers 201, or 202 when the loaded machine made the PSP look lost; the others 409
        assertThat(statuses).anyMatch(s -> s == 201 || s == 202).allMatch(s -> s == 201 || s == 202 || s == 409);
        assertThat(psp.orders()).isEqualTo(1);
        assertThat(paymentsOfOrder((String) body.get("orderReference"))).isEqualTo(1);
    }

    @Test
    void a_payment_another_writer_changed_while_the_psp_answered_is_answered_as_stored_and_its_key_completed() {
        psp.orderAnswersLate(9, 1500);
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));
        String orderReference = (String) body.get("orderReference");
        String key = anyKey();
        String token = TestTokens.salesSystem(Tenants.DEMO);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
                pay(token, key, body).returnResult(String.class).getStatus().value());
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOfOrder(orderReference) == 1);

        // the reconciliation job (here: any other writer) records the payment while the PSP is slow
        database.sql("update payments set version = version + 1 where order_reference = :ref")
                .bind("ref", orderReference).fetch().rowsUpdated().block();

        // the other writer's record is the truth: still PENDING, so 202, and the same again on a replay
        assertThat(first.join()).isEqualTo(202);
        pay(token, key, body).expectStatus().isAccepted().expectHeader().valueEquals("Idempotent-Replayed", "true");
        assertThat(psp.orders()).isEqualTo(1);
    }

    @Test
    void a_payment_can_be_read_by_its_customer_and_the_tenant_staff_only() {
        psp.orderAnswers(status(9, "3014662"));
        String id = (String) payAsSalesSystem(saleFor(customer, cardOnFile(customer)), HttpStatus.CREATED).get("id");

        read(TestTokens.customer(Tenants.DEMO, customer), id).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CAPTURED").jsonPath("$.alias").doesNotExist();
        read(TestTokens.operator(Tenants.DEMO), id).expectStatus().isOk();
        read(TestTokens.boxOffice(Tenants.DEMO), id).expectStatus().isOk();
        read(TestTokens.salesSystem(Tenants.DEMO), id).expectStatus().isOk();
        read(TestTokens.customer(Tenants.DEMO, "someone-else"), id).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        read(TestTokens.operator(Tenants.OTHER), id).expectStatus().isNotFound();
        read(TestTokens.operator(Tenants.DEMO), UUID.randomUUID().toString()).expectStatus().isNotFound();
        read(TestTokens.operator(Tenants.DEMO), "not-an-id").expectStatus().isNotFound();
        http.get().uri("/payments/{id}", id).exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec read(String token, String id) {
        return http.get().uri("/payments/{id}", id).headers(h -> h.setBearerAuth(token)).exchange();
    }
}
