package com.secutix.payments.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Card entry and payment against the real PSP simulator, started in this JVM: our signed form, the card
 * posted to the simulator's Alias Gateway as a browser would, the signed redirect read back by
 * {@code /card-entry/results}, then {@code POST /payments} with the alias, checked in the simulator's ledger.
 *
 * <p>The gateway's PSP base URL in the shared test context is the WireMock server of
 * {@link GatewayIntegrationTest}; here WireMock only forwards every request, unchanged, to the simulator
 * (a transparent proxy, no stubbed answer), so all ITs keep one Spring context.
 */
class CardEntryWithPspSimulatorIT extends GatewayIntegrationTest {

    private static PspSimulatorInTestJvm simulator;
    private static final HttpClient browser = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String customer = "customer-" + UUID.randomUUID();
    private final String token = TestTokens.salesSystem(Tenants.DEMO);

    @BeforeAll
    static void startSimulator() {
        simulator = PspSimulatorInTestJvm.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void forwardThePspToTheSimulator() {
        ogone.server().stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(simulator.root().toString())));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> form(String orderReference) {
        Map<String, Object> request = Map.of("orderReference", orderReference, "customerId", customer,
                "acceptUrl", "https://shop.example/card/accept", "exceptionUrl", "https://shop.example/card/exception",
                "paramPlus", "session=abc");
        return http.post().uri("/card-entry/forms").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** What the buyer's browser does: post our hidden fields and the typed card to the PSP; the 303's Location. */
    @SuppressWarnings("unchecked")
    static URI postCardToPsp(Map<String, Object> form, String cardNumber) throws IOException,
            InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) form.get("fields"));
        fields.put("CARDNO", cardNumber);
        fields.put("CN", "Alice Martin");
        fields.put("ED", YearMonth.now().plusYears(3).format(DateTimeFormatter.ofPattern("MMyy")));
        fields.put("CVC", "123");
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create((String) form.get("action")))
                .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the Alias Gateway's answer: %s", answer.body()).isEqualTo(303);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private WebTestClient.ResponseSpec forwardRedirect(URI location) {
        return http.post().uri("/card-entry/results").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(location.getRawQuery())
                .exchange();
    }

    private WebTestClient.ResponseSpec pay(String key, Map<String, Object> body) {
        return http.post().uri("/payments").headers(h -> {
            h.setBearerAuth(token);
            h.set("Idempotency-Key", key);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> ledgerOf(String pspOrderId) {
        return WebTestClient.bindToServer().baseUrl(simulator.root().toString()).build()
                .get().uri(uri -> uri.path("/simulator/ledger").queryParam("orderId", pspOrderId).build())
                .exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(entry -> (Map<String, Object>) entry).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_card_entered_at_the_simulator_pays_once_with_its_alias() throws Exception {
        String orderReference = "ORD-" + UUID.randomUUID();
        Map<String, Object> form = form(orderReference);
        assertThat((String) form.get("action")).endsWith("/ncol/test/alias_gateway_utf8.asp");

        URI location = postCardToPsp(form, "4111111111111111");

        assertThat(location.toString()).startsWith("https://shop.example/card/accept?").doesNotContain("4111111111");
        Map<String, Object> entered = forwardRedirect(location).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(entered).containsEntry("status", "CREATED");
        assertThat((String) entered.get("alias")).isNotBlank();
        Map<String, Object> card = (Map<String, Object>) entered.get("card");
        assertThat(card).containsEntry("brand", "VISA").containsEntry("maskedNumber", "XXXXXXXXXXXX1111")
                .containsEntry("holderName", "Alice Martin");
        assertThat((String) card.get("expiry")).matches("\\d{2}/\\d{2}");

        Map<String, Object> payment = PaymentRequests.saleFor(customer, (String) entered.get("alias"));
        payment.put("orderReference", orderReference);
        String key = anyKey();

        Map<String, Object> paid = pay(key, payment).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(paid).containsEntry("state", "CAPTURED").containsKey("pspPayId").containsEntry("card", card);
        String pspOrderId = (String) paid.get("pspOrderId");
        assertThat(ledgerOf(pspOrderId)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("operation", "SAL").containsEntry("currency", "EUR"));

        Map<String, Object> replayed = pay(key, payment).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(replayed).isEqualTo(paid);
        assertThat(ledgerOf(pspOrderId)).hasSize(1);

        payment.put("amount", "90.00");
        pay(key, payment).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ledgerOf(pspOrderId)).hasSize(1);
    }

    @Test
    void a_card_number_the_simulator_refuses_comes_back_as_a_precise_422() throws Exception {
        URI location = postCardToPsp(form("ORD-" + UUID.randomUUID()), "4111111111111112");

        assertThat(location.toString()).startsWith("https://shop.example/card/exception?");
        String detail = forwardRedirect(location).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody(Map.class).returnResult().getResponseBody().get("detail").toString();
        assertThat(detail).contains("the card number is not a valid card number (30141001)")
                .doesNotContain("4111111111111112");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_3_d_secure_card_leaves_the_payment_waiting_for_the_buyer_with_the_challenge_page() throws Exception {
        Map<String, Object> entered = forwardRedirect(postCardToPsp(form("ORD-" + UUID.randomUUID()),
                "4000000000003220")).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        Map<String, Object> paid = pay(anyKey(), PaymentRequests.saleFor(customer, (String) entered.get("alias")))
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(paid).containsEntry("state", "PENDING_BUYER_ACTION");
        String html = new String(Base64.getDecoder().decode(
                (String) ((Map<String, Object>) paid.get("buyerAction")).get("htmlAnswer")), StandardCharsets.UTF_8);
        assertThat(html).containsIgnoringCase("<form");
        assertThat(ledgerOf((String) paid.get("pspOrderId"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("operation", "SAL"));
        http.get().uri("/payments/{id}", paid.get("id")).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("PENDING_BUYER_ACTION")
                .jsonPath("$.buyerAction.htmlAnswer").isEqualTo(((Map<String, Object>) paid.get("buyerAction"))
                        .get("htmlAnswer"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_saved_cards_security_code_typed_again_at_the_simulator_goes_with_the_next_payment_by_card_id()
            throws Exception {
        Map<String, Object> entered = forwardRedirect(postCardToPsp(form("ORD-" + UUID.randomUUID()),
                "4111111111111111")).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        // the first payment takes the code typed at card entry; the vault then saves the card
        pay(anyKey(), PaymentRequests.saleFor(customer, (String) entered.get("alias"))).expectStatus().isCreated();
        UUID cardId = theVaultSaved((String) entered.get("alias"), (Map<String, Object>) entered.get("card"));
        SavedCardCvvIT.assertCvvRequired(pay(anyKey(), PaymentRequests.saleWithSavedCard(customer, cardId)));

        Map<String, Object> cvvForm = form(Map.of("orderReference", "ORD-" + UUID.randomUUID(), "customerId", customer,
                "acceptUrl", "https://shop.example/card/accept", "exceptionUrl", "https://shop.example/card/exception",
                "cardId", cardId.toString()));
        URI location = postSecurityCodeToPsp(cvvForm, "737");

        assertThat(location.toString()).startsWith("https://shop.example/card/accept?").contains("STATUS=2");
        Map<String, Object> typed = forwardRedirect(location).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(typed).containsEntry("cardId", cardId.toString()).containsEntry("status", "UPDATED")
                .containsEntry("card", entered.get("card")).doesNotContainKey("alias");
        ogone.server().resetRequests();

        Map<String, Object> paid = pay(anyKey(), PaymentRequests.saleWithSavedCard(customer, cardId))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(paid).containsEntry("state", "CAPTURED");
        assertThat(ledgerOf((String) paid.get("pspOrderId"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("operation", "SAL"));
        assertThat(ogone.server().getAllServeEvents()).singleElement().satisfies(order -> {
            assertThat(order.getRequest().getUrl()).endsWith("orderdirect.asp");
            assertThat(order.getResponse().getBodyAsString()).as("the simulator had the security code for the order")
                    .contains("CVCCheck=\"OK\"");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_saved_cards_new_expiry_and_holder_typed_at_the_simulator_update_the_card_and_tell_the_vault()
            throws Exception {
        Map<String, Object> entered = forwardRedirect(postCardToPsp(form("ORD-" + UUID.randomUUID()),
                "5555555555554444")).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String alias = (String) entered.get("alias");
        UUID cardId = theVaultSaved(alias, (Map<String, Object>) entered.get("card"));
        String newExpiry = YearMonth.now().plusYears(6).format(DateTimeFormatter.ofPattern("MM/yy"));

        Map<String, Object> updateForm = form(Map.of("orderReference", "ORD-" + UUID.randomUUID(), "customerId",
                customer, "acceptUrl", "https://shop.example/card/accept", "exceptionUrl",
                "https://shop.example/card/exception", "updatesCardId", cardId.toString()));
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) updateForm.get("fields"));
        assertThat(fields).containsEntry("CARDNO", "XXXXXXXXXXXX4444").doesNotContainKey("CVC");
        fields.put("CN", "Alice Martin-Dubois");
        fields.put("ED", newExpiry.replace("/", ""));
        URI location = postFieldsToPsp((String) updateForm.get("action"), fields);

        assertThat(location.toString()).startsWith("https://shop.example/card/accept?").contains("STATUS=2");
        Map<String, Object> updated = forwardRedirect(location).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(updated).containsEntry("cardId", cardId.toString()).containsEntry("status", "UPDATED")
                .doesNotContainKey("alias");
        assertThat((Map<String, Object>) updated.get("card")).containsEntry("expiry", newExpiry)
                .containsEntry("holderName", "Alice Martin-Dubois").containsEntry("maskedNumber", "XXXXXXXXXXXX4444");
        assertThat(updated.toString()).doesNotContain(alias);
        forwardRedirect(location).expectStatus().isEqualTo(HttpStatus.CONFLICT);

        assertThat(count("select count(*) from saved_cards where card_id = :id and card_expiry = :expiry"
                + " and card_holder_name = 'Alice Martin-Dubois'", Map.of("id", cardId, "expiry", newExpiry))).isEqualTo(1);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                com.secutix.payments.testsupport.TopicReader.readAll(com.secutix.payments.events.Topics.CARD_ENTRIES)
                        .stream().anyMatch(record -> cardId.toString().equals(record.key())));
        var record = com.secutix.payments.testsupport.TopicReader.readAll(com.secutix.payments.events.Topics.CARD_ENTRIES)
                .stream().filter(published -> cardId.toString().equals(published.key())).findFirst().orElseThrow();
        var confirmed = com.secutix.payments.events.EventJson.read(record.value(),
                com.secutix.payments.events.cardentry.v1.SavedCardDetailsConfirmed.class);
        assertThat(confirmed.customerId()).isEqualTo(customer);
        assertThat(confirmed.card().expiry()).isEqualTo(newExpiry);
        assertThat(confirmed.card().holderName()).isEqualTo("Alice Martin-Dubois");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(alias);
        WebTestClient.bindToServer().baseUrl(simulator.root().toString()).build()
                .get().uri(uri -> uri.path("/simulator/aliases/{alias}").queryParam("pspid", "SECUTIXDEMO").build(alias))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.holder").isEqualTo("Alice Martin-Dubois")
                .jsonPath("$.expiry").isEqualTo(newExpiry)
                .jsonPath("$.maskedNumber").isEqualTo("XXXXXXXXXXXX4444");
    }

    @Test
    void a_details_update_form_for_a_card_that_is_not_the_customers_is_refused() {
        http.post().uri("/card-entry/forms").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("orderReference", "ORD-" + UUID.randomUUID(), "customerId", customer,
                        "acceptUrl", "https://shop.example/card/accept", "exceptionUrl",
                        "https://shop.example/card/exception", "updatesCardId", UUID.randomUUID().toString()))
                .exchange().expectStatus().isNotFound();
    }

    /** What the buyer's browser does: post the form's fields, as they are now, to the PSP; the 303's Location. */
    private static URI postFieldsToPsp(String action, Map<String, String> fields) throws IOException,
            InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the Alias Gateway's answer: %s", answer.body()).isEqualTo(303);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> form(Map<String, Object> request) {
        return http.post().uri("/card-entry/forms").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The card as the vault saves it from the payment's PaymentCaptured (its CardSaved), under a new card id. */
    private UUID theVaultSaved(String alias, Map<String, Object> card) {
        UUID cardId = UUID.randomUUID();
        database.sql("""
                        insert into saved_cards (card_id, tenant_id, customer_id, psp_alias_sealed, card_brand,
                                                 card_masked_number, card_expiry, card_holder_name, saved_at)
                        values (:id, :tenant, :customer, :alias, :brand, :masked, :expiry, :holder, now())
                        """)
                .bind("id", cardId).bind("tenant", Tenants.DEMO).bind("customer", customer).bind("alias", sealed(Tenants.DEMO, alias))
                .bind("brand", card.get("brand")).bind("masked", card.get("maskedNumber"))
                .bind("expiry", card.get("expiry")).bind("holder", card.get("holderName"))
                .then().block();
        return cardId;
    }

    /** What the buyer's browser does with a CVV re-entry form: post our fields (the card's among them) and the CVC. */
    @SuppressWarnings("unchecked")
    private static URI postSecurityCodeToPsp(Map<String, Object> form, String cvc) throws IOException,
            InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) form.get("fields"));
        assertThat(fields).containsKeys("CARDNO", "ED").doesNotContainKey("CVC");
        fields.put("CVC", cvc);
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create((String) form.get("action")))
                .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the Alias Gateway's answer: %s", answer.body()).isEqualTo(303);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }
}
