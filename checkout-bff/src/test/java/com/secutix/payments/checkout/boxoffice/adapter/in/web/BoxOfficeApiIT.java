package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.boxoffice.application.AttemptsLimitedException;
import com.secutix.payments.checkout.boxoffice.application.GatewayRefusalException;
import com.secutix.payments.checkout.boxoffice.application.GatewayUnavailableException;
import com.secutix.payments.checkout.boxoffice.application.SecurityCodeEntryRefusedException;
import com.secutix.payments.checkout.boxoffice.application.SecurityCodeRequiredException;
import com.secutix.payments.checkout.boxoffice.application.Terminal;
import com.secutix.payments.checkout.boxoffice.application.UnknownCardException;
import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.CounterPaymentState;
import com.secutix.payments.checkout.boxoffice.domain.EnteredSecurityCode;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import com.secutix.payments.checkout.boxoffice.domain.SavedCard;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeForm;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import com.secutix.payments.events.Money;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The box-office API on the BFF started for real, with the gateway and vault ports ({@code BoxOfficeGateway},
 * {@code BoxOfficeVault}) played by hand-written fakes that record each call: who may call, what is refused before
 * the gateway is asked, and how each answer of the ports becomes an HTTP answer (402, 404, 422, 429, 503...). What the
 * adapters send over HTTP and how they read the gateway's and the vault's answers is WebClientBoxOfficeGatewayTest's
 * and WebClientBoxOfficeVaultTest's; a gateway that does not answer in time is BoxOfficeGatewayTimeoutIT's; the real
 * gateway, vault and PSP simulator together are local-stack's SavedCardsEverywhereIT. The gateway's and the vault's
 * own rules (idempotency, channel by role, tenant isolation, CVV proofs) are theirs and tested there (IdempotencyIT,
 * PaymentAuthorisationIT, SavedCardCvvIT, the vault's CardsApiIT).
 *
 * @see com.secutix.payments.checkout.boxoffice.application.BoxOfficeGateway
 * @see com.secutix.payments.checkout.boxoffice.application.BoxOfficeVault
 */
@PlatformIntegrationTest
class BoxOfficeApiIT {

    /** The ports played by the fakes, in place of the WebClient adapters. */
    @TestConfiguration(proxyBeanMethods = false)
    static class PortsPlayedByFakes {

        @Bean
        @Primary
        RecordingBoxOfficeGateway recordingBoxOfficeGateway() {
            return new RecordingBoxOfficeGateway();
        }

        @Bean
        @Primary
        RecordingBoxOfficeVault recordingBoxOfficeVault() {
            return new RecordingBoxOfficeVault();
        }
    }

    static final String CARD = "3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1";
    static final String EXPIRED_CARD = "9b0f6a52-2f7e-4d0e-8f0a-5d1c2b3a4e5f";
    static final UUID PAYMENT = UUID.fromString("6a1f0c9e-2d3b-4c5a-8e7f-0a1b2c3d4e5f");
    static final String THEATRE = TestTokens.boxOffice(Tenants.DEMO);
    /** A box office of another tenant. */
    static final String STADIUM = TestTokens.boxOffice(Tenants.OTHER);

    static final SavedCard ALICES_VISA = new SavedCard(CARD, "VISA", "XXXXXXXXXXXX1111", "12/30", "Alice Martin", "WEB", false);
    static final SavedCard ALICES_EXPIRED_CARD = new SavedCard(EXPIRED_CARD, "MasterCard", "XXXXXXXXXXXX4444", "01/20",
            "Alice Martin", "BOX_OFFICE", true);
    static final PaymentOutcome.ShownCard SHOWN_VISA = new PaymentOutcome.ShownCard("VISA", "XXXXXXXXXXXX1111", "12/30",
            "Alice Martin");
    /** The payment of {@link #payment}, as the port must be asked for it. */
    static final CounterPayment ALICE_PAYS = new CounterPayment("ORD-1", "alice", Money.ofDecimalText("82.50", "EUR"), CARD);

    @LocalServerPort
    int port;

    @Autowired
    RecordingBoxOfficeGateway gateway;

    @Autowired
    RecordingBoxOfficeVault vault;

    WebTestClient web;

    @BeforeEach
    void connect() {
        gateway.reset();
        vault.reset();
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    void aliceHasCardsAtTheTheatre(SecurityCodeRule boxOfficeRule) {
        vault.knows(Tenants.DEMO, "alice", ALICES_VISA, ALICES_EXPIRED_CARD)
                .rule(Tenants.DEMO, boxOfficeRule)
                // the vault knows no alice in the stadium's tenant
                .rule(Tenants.OTHER, boxOfficeRule);
    }

    static PaymentOutcome outcome(CounterPaymentState state) {
        return new PaymentOutcome(PAYMENT, state, "82.50", "EUR", "ORD-1", "alice", SHOWN_VISA, false);
    }

    static void isTheTheatresTerminal(Terminal terminal) {
        assertThat(terminal.tenantId()).isEqualTo(Tenants.DEMO);
        assertThat(terminal.accessToken()).isEqualTo(THEATRE);
    }

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
        aliceHasCardsAtTheTheatre(SecurityCodeRule.above(Money.ofDecimalText("100.00", "EUR")));

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

        // the vault was asked as the terminal itself, its own token relayed
        assertThat(vault.cardRequests).hasSize(3).allSatisfy(asked -> {
            isTheTheatresTerminal(asked.terminal());
            assertThat(asked.customerId()).isEqualTo("alice");
        });
        assertThat(vault.ruleRequests).hasSize(3).allSatisfy(BoxOfficeApiIT::isTheTheatresTerminal);
    }

    @Test
    void the_box_office_rule_never_asks_for_the_code_when_the_policy_says_never() {
        aliceHasCardsAtTheTheatre(SecurityCodeRule.NEVER);

        cards(THEATRE, "").expectStatus().isOk().expectBody()
                .jsonPath("$.cards[0].securityCodeRequired").isEqualTo(false)
                .jsonPath("$.securityCodeRule.rule").isEqualTo("NEVER");
    }

    @Test
    void a_terminal_of_another_tenant_sees_none_of_the_customers_cards() {
        aliceHasCardsAtTheTheatre(SecurityCodeRule.NEVER);

        cards(STADIUM, "").expectStatus().isOk().expectBody()
                .jsonPath("$.cards.length()").isEqualTo(0);

        assertThat(vault.cardRequests).singleElement().satisfies(asked -> {
            assertThat(asked.terminal().tenantId()).isEqualTo(Tenants.OTHER);
            assertThat(asked.terminal().accessToken()).isEqualTo(STADIUM);
        });
    }

    @Test
    void an_amount_to_decide_the_rule_for_comes_with_its_currency_and_is_refused_precisely() {
        aliceHasCardsAtTheTheatre(SecurityCodeRule.NEVER);

        cards(THEATRE, "?amount=82.50").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("currency: is required with amount.");
        cards(THEATRE, "?amount=82.505&currency=EUR").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("amount: EUR amounts have at most 2 decimals.");

        assertThat(vault.untouched()).isTrue();
    }

    @Test
    void a_vault_that_does_not_answer_is_a_503_to_try_again() {
        vault.knows(Tenants.DEMO, "alice", ALICES_VISA)
                .failsWith(new GatewayUnavailableException("The card vault could not be reached.", null));

        cards(THEATRE, "").expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("The card vault could not be reached."));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_vault_that_cannot_be_reached_is_logged_as_an_error_with_its_cause(CapturedOutput output) {
        vault.knows(Tenants.DEMO, "alice", ALICES_VISA).failsWith(new GatewayUnavailableException(
                "The card vault could not be reached.", new java.net.ConnectException("Connection refused: vault:8082")));

        cards(THEATRE, "").expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE).expectHeader().exists("Retry-After");

        assertThat(output.getOut()).contains("ERROR").contains("Connection refused: vault:8082");
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
        assertThat(gateway.untouched()).isTrue();
        assertThat(vault.untouched()).isTrue();
    }

    // --- paying

    @Test
    void a_terminal_pays_by_card_id_as_itself_and_a_replay_with_the_same_key_answers_the_same_payment() {
        String key = UUID.randomUUID().toString();
        // the first request under the key pays, the same key and request answer it again
        gateway.answers(key, outcome(CounterPaymentState.CAPTURED));

        pay(THEATRE, key, payment("\"82.5\"")).expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/box-office/payments/" + PAYMENT)
                .expectHeader().doesNotExist("Idempotent-Replayed")
                .expectBody()
                .jsonPath("$.id").isEqualTo(PAYMENT.toString())
                .jsonPath("$.state").isEqualTo("CAPTURED")
                .jsonPath("$.amount").isEqualTo("82.50")
                .jsonPath("$.card.maskedNumber").isEqualTo("XXXXXXXXXXXX1111")
                .jsonPath("$.card.brand").isEqualTo("VISA");
        pay(THEATRE, key, payment("\"82.50\"")).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(PAYMENT.toString());

        // both reached the gateway under the same key, for the same payment by card id, as the terminal
        assertThat(gateway.payments).hasSize(2).allSatisfy(paid -> {
            isTheTheatresTerminal(paid.terminal());
            assertThat(paid.idempotencyKey()).isEqualTo(key);
            assertThat(paid.payment()).isEqualTo(ALICE_PAYS);
        });
    }

    @Test
    void a_payment_is_read_again_by_its_id() {
        gateway.answers("k-read", outcome(CounterPaymentState.AUTHORISED));

        web.get().uri("/box-office/payments/{id}", PAYMENT).headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(PAYMENT.toString())
                .jsonPath("$.state").isEqualTo("AUTHORISED");
        web.get().uri("/box-office/payments/{id}", UUID.randomUUID()).headers(headers -> headers.setBearerAuth(THEATRE))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("No payment with this id in this tenant.");
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

        assertThat(gateway.untouched()).isTrue();
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
        assertThat(gateway.untouched()).isTrue();
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

        assertThat(gateway.untouched()).isTrue();
    }

    @Test
    void the_gateways_refusals_are_answered_precisely() {
        gateway.refuses("cvv", new SecurityCodeRequiredException("the card's security code is required"))
                .refuses("unknown", new UnknownCardException())
                .refuses("limited", new AttemptsLimitedException(
                        "Too many payment attempts for this customer; try again in 120 seconds.",
                        Optional.of(Duration.ofSeconds(120))))
                .answers("declined", outcome(CounterPaymentState.DECLINED))
                .refuses("reused", new GatewayRefusalException(422, "This Idempotency-Key was used for another request."))
                .answers("pending", outcome(CounterPaymentState.UNKNOWN))
                .refuses("down", new GatewayUnavailableException("The payment gateway answered 500 to a payment.", null))
                .refuses("unreachable", new GatewayUnavailableException(
                        "The payment gateway could not be reached; the payment's outcome is unknown.", null));

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
                .jsonPath("$.payment.id").isEqualTo(PAYMENT.toString())
                .jsonPath("$.payment.state").isEqualTo("DECLINED");
        pay(THEATRE, "reused", payment("\"82.50\"")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.detail").isEqualTo("This Idempotency-Key was used for another request.");
        pay(THEATRE, "pending", payment("\"82.50\"")).expectStatus().isAccepted()
                .expectBody().jsonPath("$.state").isEqualTo("UNKNOWN");
        pay(THEATRE, "down", payment("\"82.50\"")).expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().exists("Retry-After");
        // the outcome is unknown: the same key retries it (a gateway that really does not answer: BoxOfficeGatewayTimeoutIT)
        pay(THEATRE, "unreachable", payment("\"82.50\"")).expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("outcome is unknown"));

        assertThat(gateway.payments).extracting(RecordingBoxOfficeGateway.Paid::idempotencyKey)
                .containsExactly("cvv", "unknown", "limited", "declined", "reused", "pending", "down", "unreachable");
    }

    // --- the security code at the counter

    @Test
    void the_security_code_goes_to_the_psp_through_a_signed_form_and_its_redirect_is_checked_by_the_gateway() {
        gateway.answersForm(new SecurityCodeForm(URI.create("http://localhost:8090/ncol/test/alias_gateway.asp"), Map.of(
                        "PSPID", "SECUTIXTHEATRE", "ORDERID", "CE-42", "ALIAS", "A-1", "CARDNO", "XXXXXXXXXXXX1111",
                        "ACCEPTURL", "http://localhost:8080/box-office/security-code-entries/accepted", "SHASIGN", "ABC")))
                .answersRedirect(new EnteredSecurityCode(CARD, "alice", SHOWN_VISA, Instant.parse("2026-12-06T10:15:00Z")));

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
        // for that card of that customer, the PSP to send the terminal back to our own return addresses
        assertThat(gateway.forms).singleElement().satisfies(asked -> {
            isTheTheatresTerminal(asked.terminal());
            assertThat(asked.customerId()).isEqualTo("alice");
            assertThat(asked.cardId()).isEqualTo(CARD);
            assertThat(asked.orderReference()).isEqualTo("ORD-1");
            assertThat(asked.acceptUrl()).isEqualTo(URI.create("http://localhost:8080/box-office/security-code-entries/accepted"));
            assertThat(asked.exceptionUrl()).isEqualTo(URI.create("http://localhost:8080/box-office/security-code-entries/refused"));
        });

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
        // the redirect went to the gateway as the PSP wrote it, for the gateway to check
        assertThat(gateway.redirects).singleElement().satisfies(checked -> {
            isTheTheatresTerminal(checked.terminal());
            assertThat(checked.parameters()).isEqualTo(Map.of("ORDERID", "CE-42", "ALIAS", "A-1", "CARDNO", "XXXXXXXXXXXX1111",
                    "STATUS", "0", "NCERROR", "0", "SHASIGN", "DEF"));
        });

        web.get().uri("/box-office/security-code-entries/refused?ORDERID=CE-43&NCERRORCVC=50001090&NCERRORCARDNO=0")
                .headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://payments.secutix.com/problems/security-code-refused")
                .jsonPath("$.fieldsInError[0]").isEqualTo("CVC");
        // the return addresses are the terminal's API, not a page anyone may call
        web.get().uri("/box-office/security-code-entries/accepted?ORDERID=CE-42").exchange().expectStatus().isUnauthorized();
        // neither the refusal nor the caller without a token reached the gateway
        assertThat(gateway.redirects).hasSize(1);
    }

    @Test
    void a_security_code_form_for_a_card_the_customer_does_not_have_is_a_404() {
        web.post().uri("/box-office/customers/alice/cards/{card}/security-code-forms", "not-a-card-id")
                .headers(headers -> headers.setBearerAuth(THEATRE))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"orderReference\":\"ORD-1\"}").exchange()
                .expectStatus().isNotFound();

        assertThat(gateway.forms).isEmpty();
    }

    @Test
    void a_security_code_redirect_the_gateway_refuses_is_answered_with_its_reason() {
        gateway.refusesRedirect(new SecurityCodeEntryRefusedException(409, "This card entry was already used.", List.of()));

        web.get().uri("/box-office/security-code-entries/accepted?ORDERID=CE-42&SHASIGN=DEF")
                .headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("This card entry was already used.");
        web.get().uri("/box-office/security-code-entries/accepted?ORDERID=CE-42&ORDERID=CE-43")
                .headers(headers -> headers.setBearerAuth(THEATRE)).exchange()
                .expectStatus().isBadRequest();

        // a parameter given twice is refused before the gateway is asked
        assertThat(gateway.redirects).singleElement()
                .satisfies(checked -> assertThat(checked.parameters()).isEqualTo(Map.of("ORDERID", "CE-42", "SHASIGN", "DEF")));
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
