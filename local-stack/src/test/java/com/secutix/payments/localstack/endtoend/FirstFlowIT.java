package com.secutix.payments.localstack.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.EventType;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform as a newcomer meets it: {@code SKIP_BUILD=1 ./run-local.sh}, then the README's
 * "first flow" pasted into a shell, then the outcome checked through the real APIs, the real Kafka
 * broker and the PSP simulator's ledger. The stack is stopped at the end, whatever happened.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstFlowIT {

    private static final Duration SERVICES_READY = Duration.ofSeconds(220);
    private static final Duration STACK_READY = Duration.ofSeconds(240);
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private static final String TENANT = "demo-theatre";
    private static final String CUSTOMER = "alice";
    private static final String IDEMPOTENCY_KEY = "demo-order-0001-payment";
    private static final String MASKED_TEST_CARD = "XXXXXXXXXXXX1111";
    private static final List<String> CLOUD_EVENT_HEADERS = List.of(CloudEventHeaders.ID, CloudEventHeaders.TYPE,
            CloudEventHeaders.SOURCE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.SPEC_VERSION,
            CloudEventHeaders.TENANT_ID, CloudEventHeaders.CORRELATION_ID);

    private static final Path ROOT = RepositoryRoot.path();
    private static final PlatformApi api = new PlatformApi();
    private static final TopicReader broker = new TopicReader("localhost:9092", TopicReader.DEFAULT_IDLE);

    private static LocalStackProcess stack;
    private static ReadmeFirstFlow.Run flow;
    private static JsonNode enteredCard;
    private static JsonNode payment;

    @BeforeAll
    static void startTheLocalStackAndPasteTheReadmeFlow() throws Exception {
        stack = LocalStackProcess.start(ROOT, SERVICES_READY);
        stack.awaitReady(STACK_READY);
        flow = ReadmeFirstFlow.from(ROOT.resolve("README.md"))
                .run(ROOT.resolve("local-stack").resolve("target").resolve("first-flow"), FLOW_TIMEOUT);
        System.out.println("[FirstFlowIT] the README's first flow printed:\n" + flow.output());
        assertThat(flow.exitCode()).as("exit code of the README's first flow under bash -euo pipefail; it printed:%n%s",
                flow.output()).isZero();
        enteredCard = PlatformApi.parse(flow.card());
        payment = PlatformApi.parse(flow.payment());
    }

    @AfterAll
    static void stopTheLocalStack() throws Exception {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void the_readme_flow_prints_the_masked_card_and_the_captured_payment_and_no_card_data() {
        assertThat(enteredCard.get("card").get("maskedNumber").asString()).isEqualTo(MASKED_TEST_CARD);
        assertThat(enteredCard.get("card").get("brand").asString()).isEqualTo("VISA");
        assertThat(enteredCard.get("card").get("expiry").asString()).isEqualTo("12/30");
        assertThat(payment.get("state").asString()).isEqualTo("CAPTURED");
        assertThat(payment.get("amount").asString()).isEqualTo("82.50");
        assertThat(payment.get("currency").asString()).isEqualTo("EUR");
        assertThat(flow.output()).contains(MASKED_TEST_CARD, "CAPTURED");
        assertThat(CardDataScanner.scan("the README flow's output", flow.output())).isEmpty();
    }

    @Test
    @Order(2)
    void the_gateway_reports_the_payment_captured_to_the_sales_system() throws Exception {
        PlatformApi.Answer answer = api.payment(salesSystemToken(), paymentId());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("state").asString()).isEqualTo("CAPTURED");
        assertThat(answer.json().get("pspOrderId").asString()).isEqualTo(pspOrderId());
        assertThat(answer.json().get("card").get("maskedNumber").asString()).isEqualTo(MASKED_TEST_CARD);
    }

    @Test
    @Order(3)
    void the_box_office_lists_exactly_one_saved_card_for_alice_masked_visa() throws Exception {
        JsonNode cards = awaitSavedCards();

        assertThat(cards.size()).as(cards.toString()).isEqualTo(1);
        assertThat(cards.get(0).get("maskedNumber").asString()).isEqualTo(MASKED_TEST_CARD);
        assertThat(cards.get(0).get("brand").asString()).isEqualTo("VISA");
    }

    @Test
    @Order(4)
    void kafka_carries_exactly_one_payment_captured_for_the_payment_with_cloud_events_headers() {
        List<ConsumerRecord<String, byte[]>> captured = awaitEvents(EventCatalogue.PAYMENT_CAPTURED,
                record -> paymentId().equals(record.key()));

        assertThat(captured).hasSize(1);
        ConsumerRecord<String, byte[]> record = captured.get(0);
        assertHasCloudEventHeaders(record, paymentId());
        PaymentCaptured event = EventJson.read(record.value(), PaymentCaptured.class);
        assertThat(event.paymentId()).isEqualTo(UUID.fromString(paymentId()));
        assertThat(event.customerId()).isEqualTo(CUSTOMER);
        assertThat(event.amount().minorUnits()).isEqualTo(8250);
        assertThat(event.saveCardRequested()).isTrue();
    }

    @Test
    @Order(5)
    void kafka_carries_exactly_one_card_saved_for_alice_with_cloud_events_headers() {
        List<ConsumerRecord<String, byte[]>> saved = awaitEvents(EventCatalogue.CARD_SAVED,
                record -> CUSTOMER.equals(EventJson.read(record.value(), CardSaved.class).customerId()));

        assertThat(saved).hasSize(1);
        CardSaved event = EventJson.read(saved.get(0).value(), CardSaved.class);
        assertHasCloudEventHeaders(saved.get(0), event.cardId().toString());
        assertThat(event.sourcePaymentId()).isEqualTo(UUID.fromString(paymentId()));
        assertThat(event.card().maskedNumber()).isEqualTo(MASKED_TEST_CARD);
    }

    @Test
    @Order(6)
    void the_psp_simulator_ledger_shows_exactly_one_sale_for_the_order() throws Exception {
        assertThat(salesInPspLedger()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void replaying_the_readme_payment_with_the_same_key_answers_the_same_and_sells_and_saves_only_once() throws Exception {
        PlatformApi.Answer replay = api.pay(salesSystemToken(), IDEMPOTENCY_KEY, readmePaymentBody("82.50"));

        assertThat(replay.status()).as(replay.body()).isBetween(200, 201);
        assertThat(replay.json()).isEqualTo(payment);
        assertThat(salesInPspLedger()).isEqualTo(1);
        assertThat(api.savedCards(boxOfficeToken(), CUSTOMER).json().size()).isEqualTo(1);
        assertThat(events(EventCatalogue.PAYMENT_CAPTURED).stream().filter(record -> paymentId().equals(record.key())))
                .hasSize(1);
    }

    @Test
    @Order(8)
    void the_same_key_with_another_amount_is_refused_as_unprocessable_problem() throws Exception {
        PlatformApi.Answer answer = api.pay(salesSystemToken(), IDEMPOTENCY_KEY, readmePaymentBody("99.00"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(422);
        assertThat(salesInPspLedger()).isEqualTo(1);
    }

    /** The body of the README's step 5, from the card entry's answer. */
    private static JsonNode readmePaymentBody(String amount) {
        ObjectNode body = PlatformApi.json().createObjectNode();
        body.set("alias", enteredCard.get("alias"));
        body.put("amount", amount);
        body.put("currency", "EUR");
        body.put("orderReference", "DEMO-ORDER-0001");
        body.put("customerId", CUSTOMER);
        body.put("channel", "WEB");
        body.put("saveCard", true);
        body.set("threeDSecure", PlatformApi.parse("""
                {"acceptUrl": "http://localhost:8080/checkout/3ds/accepted",
                 "declineUrl": "http://localhost:8080/checkout/3ds/declined",
                 "exceptionUrl": "http://localhost:8080/checkout/3ds/error",
                 "browser": {"acceptHeader": "text/html", "userAgent": "Mozilla/5.0 (X11; Linux x86_64)",
                             "language": "fr-CH", "colorDepth": 24, "javaEnabled": false, "screenHeight": 1080,
                             "screenWidth": 1920, "timeZoneOffsetMinutes": -60}}"""));
        return body;
    }

    private static void assertHasCloudEventHeaders(ConsumerRecord<String, byte[]> record, String subject) {
        for (String header : CLOUD_EVENT_HEADERS) {
            assertThat(TopicReader.header(record, header)).as("header %s", header).hasValueSatisfying(
                    value -> assertThat(value).isNotBlank());
        }
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(UUID.fromString(TopicReader.headerAsString(record, CloudEventHeaders.ID))).isNotNull();
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.SUBJECT)).isEqualTo(subject);
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.TENANT_ID)).isEqualTo(TENANT);
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.SOURCE)).startsWith("/secutix/payments/");
        assertThat(OffsetDateTime.parse(TopicReader.headerAsString(record, CloudEventHeaders.TIME))).isNotNull();
        assertThat(record.key()).isEqualTo(subject);
    }

    private static List<ConsumerRecord<String, byte[]>> awaitEvents(EventType<?> type,
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> ofInterest) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> events(type).stream().filter(ofInterest).toList(), records -> !records.isEmpty());
    }

    private static List<ConsumerRecord<String, byte[]>> events(EventType<?> type) {
        return broker.read(type.topic()).stream()
                .filter(record -> type.name().equals(TopicReader.headerAsString(record, CloudEventHeaders.TYPE)))
                .toList();
    }

    private static JsonNode awaitSavedCards() throws Exception {
        String token = boxOfficeToken();
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.savedCards(token, CUSTOMER).json(), cards -> cards.isArray() && !cards.isEmpty());
    }

    private static long salesInPspLedger() throws Exception {
        PlatformApi.Answer ledger = api.pspLedger(pspOrderId());
        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
        return ledger.json().valueStream().filter(entry -> "SAL".equals(entry.get("operation").asString())).count();
    }

    private static String paymentId() {
        return payment.get("id").asString();
    }

    private static String pspOrderId() {
        return payment.get("pspOrderId").asString();
    }

    private static String salesSystemToken() throws Exception {
        return api.clientToken("sales-system", "sales-system-secret");
    }

    private static String boxOfficeToken() throws Exception {
        return api.clientToken("box-office", "box-office-secret");
    }
}
