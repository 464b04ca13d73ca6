package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The box-office API on the BFF started for real, the gateway and the vault played by WireMock: what the BFF sends them
 * (the terminal's own token, the Idempotency-Key unchanged, a payment by card id without channel) and how it answers
 * what they say. The gateway's and the vault's own rules (idempotency, channel by role, tenant isolation, CVV proofs)
 * are theirs and tested there (IdempotencyIT, PaymentAuthorisationIT, SavedCardCvvIT, the vault's CardsApiIT).
 */
@PlatformIntegrationTest
class BoxOfficeApiIT {

    static final WireMockServer services = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        services.start();
    }

    @DynamicPropertySource
    static void gatewayAndVault(DynamicPropertyRegistry registry) {
        registry.add("payments.checkout.gateway-url", services::baseUrl);
        registry.add("payments.checkout.vault-url", services::baseUrl);
        // shorter than the BFF's 15 s, so that a gateway that does not answer is seen in a test
        registry.add("spring.http.clients.read-timeout", () -> "2s");
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    static final String CARD = "3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1";
    static final String EXPIRED_CARD = "9b0f6a52-2f7e-4d0e-8f0a-5d1c2b3a4e5f";
    static final String PAYMENT = "6a1f0c9e-2d3b-4c5a-8e7f-0a1b2c3d4e5f";
    static final String THEATRE = TestTokens.boxOffice(Tenants.DEMO);
    /** A box office of another tenant. */
    static final String STADIUM = TestTokens.boxOffice(Tenants.OTHER);

    @LocalServerPort
    int port;

    WebTestClient web;

    @BeforeEach
    void connect() {
        services.resetAll();
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    // --- the vault and the gateway, as they answer each terminal's own token

    void aliceHasCardsAtTheTheatre(String boxOfficeRule) {
        services.stubFor(get(urlEqualTo("/customers/alice/cards")).withHeader("Authorization", equalTo("Bearer " + THEATRE))
                .willReturn(json(200, """
                        [{"id":"%s","brand":"VISA","maskedNumber":"XXXXXXXXXXXX1111","expiry":"12/30","holderName":"Alice Martin",
                          "expired":false,"savedAt":"2026-11-02T10:00:00Z","channel":"WEB"},
                         {"id":"%s","brand":"MasterCard","maskedNumber":"XXXXXXXXXXXX4444","expiry":"01/20","holderName":"Alice Martin",
                          "expired":true,"savedAt":"2019-11-02T10:00:00Z","channel":"BOX_OFFICE"}]""".formatted(CARD, EXPIRED_CARD))));
        // the vault knows no alice in the stadium's tenant
        services.stubFor(get(urlEqualTo("/customers/alice/cards")).withHeader("Authorization", equalTo("Bearer " + STADIUM))
                .willReturn(json(200, "[]")));
        for (String token : new String[] {THEATRE, STADIUM}) {
            services.stubFor(get(urlEqualTo("/card-policy")).withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(json(200, """
                            {"tenantId":"t","version":3,"savingEnabled":true,"maxSavedCardsPerCustomer":5,"atLimit":"KEEP_EXISTING_CARDS",
                             "cvvForSavedCards":{"WEB":{"rule":"ALWAYS"},"MOBILE":{"rule":"ALWAYS"},"CALL_CENTRE":{"rule":"ALWAYS"},
                                                 "BOX_OFFICE":%s}}""".formatted(boxOfficeRule))));
        }
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String type, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(
                "{\"type\":\"%s\",\"title\":\"t\",\"status\":%d,\"detail\":\"%s\"}".formatted(type, status, detail));
    }

    static String paymentAnswer(String state) {
        return """
                {"id":"%s","state":"%s","operation":"SALE","amount":"82.50","currency":"EUR","orderReference":"ORD-1",
                 "customerId":"alice","channel":"BOX_OFFICE","card":{"brand":"VISA","maskedNumber":"XXXXXXXXXXXX1111",
                 "expiry":"12/30","holderName":"Alice Martin"},"pspOrderId":"P-1","createdAt":"2026-12-06T10:00:00Z"}"""
                .formatted(PAYMENT, state);
    }

    /** What the BFF must send the gateway for the payment of {@link #payment}: by card id, no channel, nothing else. */
    static final String SENT_TO_GATEWAY = """
            {"cardId":"%s","amount":"82.50","currency":"EUR","orderReference":"ORD-1","customerId":"alice"}""".formatted(CARD);

    static String payment(String amount) {
        return """
                {"orderReference":"ORD-1","customerId":"alice","amount":%s,"currency":"EUR","cardId":"%s"}"""
                .formatted(amount, CARD);
    }

    WebTestClient.ResponseSpec pay(String token, String key, String body) {
        return web.post().uri("/box-office/payments")
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                    if (key != null) {
                        headers.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec cards(String token, String query) {
        return web.get().uri("/box-office/customers/alice/cards" + query).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    // --- the cards

    @Test
    void a_terminal_lists_the_customers_usable_cards_each_saying_whether_the_box_office_asks_for_its_code() {
        aliceHasCardsAtTheTheatre("{\"rule\":\"ABOVE_AMOUNT\",\"amount\":\"100.00\",\"currency\":\"EUR\"}");

        cards(THEATRE, "").expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.customerId").isEqualTo("alice")
                .jsonPath("$.cards.length()").isEqualTo(1)
                .jsonPath("$.cards[0].id").isEqualTo(CARD)
                .jsonPath("$.cards[0].brand").isEqualTo("VISA")
                .jsonPath("$.cards[0].maskedNumber").isEqualTo("XXXXXXXXXXXX1111")
                .jsonPath("$.cards[0].expiry").isEqualTo("12/30")
                .jsonPath("$.cards[0].holderName").isEqualTo("Alice Martin")
                .jsonPath("$.cards[0].savedOnChannel").isEqualTo("WEB")
                .jsonPath("$.cards[0].securityCodeRequired").isEqualTo(true)
                .jsonPath("$.securityCodeRule.rule").isEqualTo("ABOVE_AMOUNT")
                .jsonPath("$.securityCodeRule.amount").isEqualTo("100.00");
        cards(THEATRE, "?amount=82.50&currency=EUR").expectStatus().isOk()
                .expectBody().jsonPath("$.cards[0].securityCodeRequired").isEqualTo(false);
        cards(THEATRE, "?amount=120.00&currency=EUR").expectStatus().isOk()
                .expectBody().jsonPath("$.cards[0].securityCodeRequired").isEqualTo(true);

        // the vault was asked with the terminal's own token, nothing else
        services.verify(3, getRequestedFor(urlEqualTo("/customers/alice/cards")).withHeader("Authorization", equalTo("Bearer " + THEATRE)));
        assertThat(services.findAll(postRequestedFor(urlPathEqualTo("/oauth2/token")))).isEmpty();
    }

    @Test
    void the_box_office_rule_never_asks_for_the_code_when_the_policy_says_never() {
        aliceHasCardsAtTheTheatre("{\"rule\":\"NEVER\"}");

        cards(THEATRE, "").expectStatus().isOk().expectBody()
                .jsonPath("$.cards[0].securityCodeRequired").isEqualTo(false)
                .jsonPath("$.securityCodeRule.rule").isEqualTo("NEVER");
    }

    @Test
    void a_terminal_of_another_tenant_sees_none_of_the_customers_cards() {
        aliceHasCardsAtTheTheatre("{\"rule\":\"NEVER\"}");

        cards(STADIUM, "").expectStatus().isOk().expectBody()
                .jsonPath("$.cards.length()").isEqualTo(0);

        services.verify(1, getRequestedFor(urlEqualTo("/customers/alice/cards")).withHeader("Authorization", equalTo("Bearer " + STADIUM)));
        services.verify(0, getRequestedFor(urlEqualTo("/customers/alice/cards")).withHeader("Authorization", equalTo("Bearer " + THEATRE)));
    }

    @Test
    void an_amount_to_decide_the_rule_for_comes_with_its_currency_and_is_refused_precisely() {
        aliceHasCardsAtTheTheatre("{\"rule\":\"NEVER\"}");

        cards(THEATRE, "?amount=82.50").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("currency: is required with amount.");
        cards(THEATRE, "?amount=82.505&currency=EUR").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("amount: EUR amounts have at most 2 decimals.");
    }

    // --- who may call

    @Test
    void a_customer_or_any_caller_but_a_box_office_gets_a_403_problem_and_no_token_a_401() {
        for (String token : new String[] {TestTokens.customer(Tenants.DEMO, "alice"), TestTokens.salesSystem(Tenants.DEMO),
                TestTokens.operator(Tenants.DEMO), TestTokens.admin(Tenants.DEMO)}) {
            cards(token, "").expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(403);
            pay(token, UUID.randomUUID().toString(), payment("\"82.50\"")).expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        pay(null, UUID.randomUUID().toString(), payment("\"82.50\"")).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(services.getAllServeEvents()).isEmpty();
    }

    // --- paying

    @Test
    void a_terminal_pays_by_card_id_as_itself_and_a_replay_with_the_same_key_answers_the_same_payment() {
        String key = UUID.randomUUID().toString();
        // the gateway as its idempotency behaves: the first request pays, the same key and request answer it again
        services.stubFor(post(urlEqualTo("/payments")).inScenario("one payment").whenScenarioStateIs(Scenario.STARTED)
                .withHeader("Authorization", equalTo("Bearer " + THEATRE)).withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(equalToJson(SENT_TO_GATEWAY))
                .willReturn(json(201, paymentAnswer("CAPTURED"))).willSetStateTo("paid"));
        services.stubFor(post(urlEqualTo("/payments")).inScenario("one payment").whenScenarioStateIs("paid")
                .withHeader("Authorization", equalTo("Bearer " + THEATRE)).withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(equalToJson(SENT_TO_GATEWAY))
                .willReturn(json(201, paymentAnswer("CAPTURED")).withHeader("Idempotent-Replayed", "true")));

        pay(THEATRE, key, payment("\"82.5\"")).expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/box-office/payments/" + PAYMENT)
                .expectHeader().doesNotExist("Idempotent-Replayed")
                .expectBody()
                .jsonPath("$.id").isEqualTo(PAYMENT)
                .jsonPath("$.state").isEqualTo("CAPTURED")
                .jsonPath("$.amount").isEqualTo("82.50")
                .jsonPath("$.card.maskedNumber").isEqualTo("XXXXXXXXXXXX1111")
                .jsonPath("$.card.brand").isEqualTo("VISA");
        pay(THEATRE, key, payment("\"82.50\"")).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(PAYMENT);

        // both reached the gateway under the same key, with the same body, as the terminal: the gateway paid once
        var sent = services.findAll(postRequestedFor(urlEqualTo("/payments")));
        assertThat(sent).hasSize(2);
        assertThat(sent).allSatisfy(request -> {
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo(key);
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + THEATRE);
            assertThat(request.getBodyAsString()).doesNotContain("channel").doesNotContain("alias");
        });
        assertThat(sent.get(0).getBodyAsString()).isEqualTo(sent.get(1).getBodyAsString());
    }

    @Test
    void the_idempotency_key_is_required_once_and_well_formed_before_the_gateway_is_asked() {
        pay(THEATRE, null, payment("\"82.50\"")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("The Idempotency-Key header is required"));
        web.post().uri("/box-office/payments").headers(headers -> {
                    headers.setBearerAuth(THEATRE);
                    headers.add("Idempotency-Key", "k-1");
                    headers.add("Idempotency-Key", "k-2");
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(payment("\"82.50\"")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("The Idempotency-Key header is given twice: a request carries it once.");
        pay(THEATRE, "k 1", payment("\"82.50\"")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("visible ASCII"));

        assertThat(services.getAllServeEvents()).isEmpty();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_body_with_a_card_number_or_a_security_code_is_refused_naming_the_field_and_nothing_of_it_is_sent_or_logged(
            CapturedOutput output) {
        String[][] refused = {
                {"{\"orderReference\":\"ORD-1\",\"customerId\":\"alice\",\"amount\":\"82.50\",\"currency\":\"EUR\","
                        + "\"cardNumber\":\"4012888888881881\"}", "cardNumber"},
                {"{\"orderReference\":\"ORD-1\",\"customerId\":\"alice\",\"amount\":\"82.50\",\"currency\":\"EUR\","
                        + "\"cardId\":\"" + CARD + "\",\"cvv\":\"cvc-4821-x\"}", "cvv"},
                {"{\"orderReference\":\"4012 8888 8888 1881\",\"customerId\":\"alice\",\"amount\":\"82.50\",\"currency\":\"EUR\","
                        + "\"cardId\":\"" + CARD + "\"}", "orderReference"}};
        for (String[] request : refused) {
            byte[] answer = pay(THEATRE, UUID.randomUUID().toString(), request[0]).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo(request[1])
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("card numbers and security codes are never accepted"))
                    .returnResult().getResponseBodyContent();
            String body = new String(answer, StandardCharsets.UTF_8);
            assertThat(CardDataScanner.scan(body)).isEmpty();
            assertThat(body).doesNotContain("cvc-4821-x");
        }
        assertThat(services.getAllServeEvents()).isEmpty();
        assertThat(output.getAll()).doesNotContain("4012888888881881").doesNotContain("4012 8888 8888 1881")
                .doesNotContain("cvc-4821-x");
    }

    @Test
    void bad_amounts_currencies_and_fields_are_refused_each_named_precisely() {
        pay(THEATRE, UUID.randomUUID().toString(), payment("82.50")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("must be a decimal amount written as text, e.g. \"82.50\""));
        pay(THEATRE, UUID.randomUUID().toString(), payment("\"82.505\"")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("amount: EUR amounts have at most 2 decimals.");
        pay(THEATRE, UUID.randomUUID().toString(), payment("\"0\"")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("amount: must be greater than zero.");
        pay(THEATRE, UUID.randomUUID().toString(), payment("\"1e3\"")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        pay(THEATRE, UUID.randomUUID().toString(), payment("\"82.50\"").replace("\"EUR\"", "\"eur\"")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("currency: must be an ISO 4217 currency code in capitals, e.g. EUR.");
        pay(THEATRE, UUID.randomUUID().toString(), "{\"customerId\":\"alice\",\"amount\":\"82.50\",\"currency\":\"EUR\","
                + "\"cardId\":\"" + CARD + "\",\"channel\":\"WEB\",\"tenantId\":\"demo-stadium\"}").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("orderReference", "channel", "tenantId"));

        assertThat(services.getAllServeEvents()).isEmpty();
    }

    @Test
    void the_gateways_refusals_are_answered_precisely() {
        services.stubFor(post(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo("cvv"))
                .willReturn(problem(422, "https://payments.secutix.com/problems/cvv-required", "the card's security code is required")));
        services.stubFor(post(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo("unknown"))
                .willReturn(problem(404, "about:blank", "The customer has no saved card with this id.")));
        services.stubFor(post(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo("limited"))
                .willReturn(problem(429, "about:blank", "Too many payment attempts for this customer; try again in 120 seconds.")
                        .withHeader("Retry-After", "120")));
        services.stubFor(post(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo("declined"))
                .willReturn(json(201, paymentAnswer("DECLINED"))));
        services.stubFor(post(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo("reused"))
                .willReturn(problem(422, "about:blank", "This Idempotency-Key was used for another request.")));
        services.stubFor(post(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo("pending"))
                .willReturn(json(202, paymentAnswer("UNKNOWN"))));
        services.stubFor(post(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo("down"))
                .willReturn(aResponse().withStatus(500)));
        services.stubFor(post(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo("hung"))
                .willReturn(json(201, paymentAnswer("CAPTURED")).withFixedDelay(6_000)));

        pay(THEATRE, "cvv", payment("\"82.50\"")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://payments.secutix.com/problems/cvv-required")
                .jsonPath("$.securityCodeForms").isEqualTo("/box-office/customers/alice/cards/" + CARD + "/security-code-forms");
        pay(THEATRE, "unknown", payment("\"82.50\"")).expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("The customer has no saved card with this id in this tenant.");
        pay(THEATRE, "limited", payment("\"82.50\"")).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().valueEquals("Retry-After", "120");
        pay(THEATRE, "declined", payment("\"82.50\"")).expectStatus().isEqualTo(HttpStatus.PAYMENT_REQUIRED)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://payments.secutix.com/problems/payment-declined")
                .jsonPath("$.payment.id").isEqualTo(PAYMENT)
                .jsonPath("$.payment.state").isEqualTo("DECLINED");
        pay(THEATRE, "reused", payment("\"82.50\"")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.detail").isEqualTo("This Idempotency-Key was used for another request.");
        pay(THEATRE, "pending", payment("\"82.50\"")).expectStatus().isAccepted()
                .expectBody().jsonPath("$.state").isEqualTo("UNKNOWN");
        pay(THEATRE, "down", payment("\"82.50\"")).expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().exists("Retry-After");
        // a gateway that does not answer within the read timeout: the outcome is unknown, the same key retries it
        pay(THEATRE, "hung", payment("\"82.50\"")).expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("outcome is unknown"));
    }

    // --- the security code at the counter

    @Test
    void the_security_code_goes_to_the_psp_through_a_signed_form_and_its_redirect_is_checked_by_the_gateway() {
        services.stubFor(post(urlEqualTo("/card-entry/forms")).withHeader("Authorization", equalTo("Bearer " + THEATRE))
                .withRequestBody(equalToJson("""
                        {"orderReference":"ORD-1","customerId":"alice","cardId":"%s",
                         "acceptUrl":"http://localhost:8080/box-office/security-code-entries/accepted",
                         "exceptionUrl":"http://localhost:8080/box-office/security-code-entries/refused"}""".formatted(CARD)))
                .willReturn(json(201, """
                        {"action":"http://localhost:8090/ncol/test/alias_gateway.asp",
                         "fields":{"PSPID":"SECUTIXTHEATRE","ORDERID":"CE-42","ALIAS":"A-1","CARDNO":"XXXXXXXXXXXX1111",
                                   "ACCEPTURL":"http://localhost:8080/box-office/security-code-entries/accepted","SHASIGN":"ABC"}}""")));
        services.stubFor(post(urlEqualTo("/card-entry/results")).withHeader("Authorization", equalTo("Bearer " + THEATRE))
                .withRequestBody(equalToJson("""
                        {"parameters":{"ORDERID":"CE-42","ALIAS":"A-1","CARDNO":"XXXXXXXXXXXX1111","STATUS":"0",
                         "NCERROR":"0","SHASIGN":"DEF"}}"""))
                .willReturn(json(200, """
                        {"cardId":"%s","status":"UPDATED","customerId":"alice","card":{"brand":"VISA",
                         "maskedNumber":"XXXXXXXXXXXX1111","expiry":"12/30","holderName":"Alice Martin"},
                         "cvvEnteredUntil":"2026-12-06T10:15:00Z"}""".formatted(CARD))));

        web.post().uri("/box-office/customers/alice/cards/{card}/security-code-forms", CARD)
                .headers(headers -> headers.setBearerAuth(THEATRE))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"orderReference\":\"ORD-1\"}").exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.action").isEqualTo("http://localhost:8090/ncol/test/alias_gateway.asp")
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.fields.ORDERID").isEqualTo("CE-42")
                .jsonPath("$.fields.SHASIGN").isEqualTo("ABC")
                .jsonPath("$.securityCodeField").isEqualTo("CVC");

        web.get().uri("/box-office/security-code-entries/accepted?ORDERID=CE-42&ALIAS=A-1&CARDNO=XXXXXXXXXXXX1111&STATUS=0"
                        + "&NCERROR=0&SHASIGN=DEF")
                .headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.cardId").isEqualTo(CARD)
                .jsonPath("$.customerId").isEqualTo("alice")
                .jsonPath("$.card.maskedNumber").isEqualTo("XXXXXXXXXXXX1111")
                .jsonPath("$.validUntil").isEqualTo("2026-12-06T10:15:00Z")
                .jsonPath("$.alias").doesNotExist();

        web.get().uri("/box-office/security-code-entries/refused?ORDERID=CE-43&NCERRORCVC=50001090&NCERRORCARDNO=0")
                .headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://payments.secutix.com/problems/security-code-refused")
                .jsonPath("$.fieldsInError[0]").isEqualTo("CVC");
        // the return addresses are the terminal's API, not a page anyone may call
        web.get().uri("/box-office/security-code-entries/accepted?ORDERID=CE-42").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void a_security_code_redirect_the_gateway_refuses_is_answered_with_its_reason() {
        services.stubFor(post(urlEqualTo("/card-entry/results"))
                .willReturn(problem(409, "about:blank", "This card entry was already used.")));

        web.get().uri("/box-office/security-code-entries/accepted?ORDERID=CE-42&SHASIGN=DEF")
                .headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("This card entry was already used.");
        web.get().uri("/box-office/security-code-entries/accepted?ORDERID=CE-42&ORDERID=CE-43")
                .headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isBadRequest();
    }

    // --- the OpenAPI document

    @Test
    void the_openapi_document_describes_the_box_office_api_and_is_written_for_the_lint() throws Exception {
        web.get().uri("/v3/api-docs/box-office").exchange().expectStatus().isUnauthorized();

        byte[] document = web.get().uri("/v3/api-docs/box-office").headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/box-office/payments'].post.parameters[?(@.name == 'Idempotency-Key')].required")
                .isEqualTo(true)
                .jsonPath("$.paths['/box-office/customers/{customerId}/cards'].get").exists()
                .jsonPath("$.paths['/box-office/customers/{customerId}/cards/{cardId}/security-code-forms'].post").exists()
                .jsonPath("$.paths['/box-office/payments'].post.responses['422'].content['application/problem+json']").exists()
                .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer")
                .jsonPath("$.security[0].bearer").exists()
                .jsonPath("$.paths['/checkout-sessions']").doesNotExist()
                .returnResult().getResponseBodyContent();

        Path file = Path.of("target", "openapi", "box-office.json");
        Files.createDirectories(file.getParent());
        Files.write(file, document);
    }
}
