package com.secutix.payments.checkout.boxoffice.adapter.out.gateway;

import static com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange.empty;
import static com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange.json;
import static com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange;
import com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange.Sent;
import com.secutix.payments.checkout.boxoffice.application.AttemptsLimitedException;
import com.secutix.payments.checkout.boxoffice.application.GatewayRefusalException;
import com.secutix.payments.checkout.boxoffice.application.GatewayUnavailableException;
import com.secutix.payments.checkout.boxoffice.application.SecurityCodeEntryRefusedException;
import com.secutix.payments.checkout.boxoffice.application.SecurityCodeRequiredException;
import com.secutix.payments.checkout.boxoffice.application.Terminal;
import com.secutix.payments.checkout.boxoffice.application.UnknownCardException;
import com.secutix.payments.checkout.boxoffice.application.UnknownPaymentException;
import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.CounterPaymentState;
import com.secutix.payments.checkout.boxoffice.domain.EnteredSecurityCode;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeForm;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * What the BFF sends the payment gateway for a terminal (its own token, the Idempotency-Key unchanged, a payment by
 * card id without channel) and how it reads the gateway's answers, on a WebClient whose other side is scripted: no
 * HTTP server. The gateway itself, for real, is in local-stack's SavedCardsEverywhereIT.
 */
class WebClientBoxOfficeGatewayTest {

    static final String CARD = "3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1";
    static final UUID PAYMENT = UUID.fromString("6a1f0c9e-2d3b-4c5a-8e7f-0a1b2c3d4e5f");
    static final Terminal THEATRE = new Terminal("demo-theatre", "box-office", "theatre-terminal-token");
    /** Visible ASCII, as the terminal may write it: it must reach the gateway exactly so. */
    static final String KEY = "Key:5f0c1f7e/1d4b=4c51_9d2e.7A0F";
    static final CounterPayment ALICE_PAYS = CounterPayment.of("ORD-1", "alice", "82.5", "EUR", CARD);

    final ScriptedExchange gatewaySide = new ScriptedExchange();
    final WebClientBoxOfficeGateway gateway = new WebClientBoxOfficeGateway(gatewaySide.webClient());

    static String paymentAnswer(String state) {
        return """
                {"id":"%s","state":"%s","operation":"SALE","amount":"82.50","currency":"EUR","orderReference":"ORD-1",
                 "customerId":"alice","channel":"BOX_OFFICE","card":{"brand":"VISA","maskedNumber":"XXXXXXXXXXXX1111",
                 "expiry":"12/30","holderName":"Alice Martin"},"pspOrderId":"P-1","createdAt":"2026-12-06T10:00:00Z"}"""
                .formatted(PAYMENT, state);
    }

    static ClientResponse replayed(ClientResponse answer) {
        return answer.mutate().header("Idempotent-Replayed", "true").build();
    }

    PaymentOutcome pay() {
        return gateway.pay(THEATRE, ALICE_PAYS, KEY).block();
    }

    // --- what is sent

    @Test
    void a_payment_goes_by_card_id_with_the_terminals_own_token_and_the_idempotency_key_unchanged() throws Exception {
        gatewaySide.answering(request -> json(201, paymentAnswer("CAPTURED")));

        pay();

        Sent sent = gatewaySide.onlySent();
        assertThat(sent.method()).isEqualTo(HttpMethod.POST);
        assertThat(sent.url()).isEqualTo(URI.create(ScriptedExchange.BASE_URL + "/payments"));
        assertThat(sent.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer theatre-terminal-token");
        assertThat(sent.headers().get("Idempotency-Key")).containsExactly(KEY);
        assertThat(sent.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/json");
        // by card id, the amount as decimal text: no channel (the gateway takes the terminal's), no alias, nothing else
        JSONAssert.assertEquals("""
                {"cardId":"%s","amount":"82.50","currency":"EUR","orderReference":"ORD-1","customerId":"alice"}"""
                .formatted(CARD), sent.body(), JSONCompareMode.STRICT);
        assertThat(sent.body()).doesNotContain("channel").doesNotContain("alias");
    }

    @Test
    void the_same_payment_sent_again_goes_with_the_same_key_token_and_body() {
        gatewaySide.answering(request -> json(201, paymentAnswer("CAPTURED")));

        pay();
        pay();

        assertThat(gatewaySide.sent()).hasSize(2);
        Sent first = gatewaySide.sent().get(0);
        Sent again = gatewaySide.sent().get(1);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotency-Key")).isEqualTo(first.header("Idempotency-Key")).isEqualTo(KEY);
        assertThat(again.header(HttpHeaders.AUTHORIZATION)).isEqualTo(first.header(HttpHeaders.AUTHORIZATION));
    }

    // --- how the answers are read

    @Test
    void a_201_answers_the_payment_captured_with_its_masked_card_and_not_as_a_replay() {
        gatewaySide.answering(request -> json(201, paymentAnswer("CAPTURED")));

        assertThat(pay()).isEqualTo(new PaymentOutcome(PAYMENT, CounterPaymentState.CAPTURED, "82.50", "EUR", "ORD-1",
                "alice", new PaymentOutcome.ShownCard("VISA", "XXXXXXXXXXXX1111", "12/30", "Alice Martin"), false));
    }

    @Test
    void an_answer_marked_idempotent_replayed_is_the_same_payment_answered_again() {
        gatewaySide.answering(request -> replayed(json(201, paymentAnswer("CAPTURED"))));

        PaymentOutcome outcome = pay();

        assertThat(outcome.replayed()).isTrue();
        assertThat(outcome.id()).isEqualTo(PAYMENT);
        assertThat(outcome.state()).isEqualTo(CounterPaymentState.CAPTURED);
    }

    @Test
    void a_202_answers_a_payment_still_being_settled() {
        gatewaySide.answering(request -> json(202, paymentAnswer("UNKNOWN")));

        PaymentOutcome outcome = pay();

        assertThat(outcome.state()).isEqualTo(CounterPaymentState.UNKNOWN);
        assertThat(outcome.replayed()).isFalse();
    }

    @Test
    void a_declined_payment_is_an_outcome_to_answer_not_a_failure_of_the_gateway() {
        gatewaySide.answering(request -> json(201, paymentAnswer("DECLINED")));

        PaymentOutcome outcome = pay();

        assertThat(outcome.state()).isEqualTo(CounterPaymentState.DECLINED);
        assertThat(outcome.id()).isEqualTo(PAYMENT);
    }

    @Test
    void a_404_is_a_card_the_customer_does_not_have() {
        gatewaySide.answering(request -> problem(404, "about:blank", "The customer has no saved card with this id."));

        assertThatThrownBy(this::pay).isInstanceOf(UnknownCardException.class);
    }

    @Test
    void a_422_of_type_cvv_required_asks_for_the_cards_security_code() {
        gatewaySide.answering(request -> problem(422, "https://payments.secutix.com/problems/cvv-required",
                "the card's security code is required"));

        assertThatThrownBy(this::pay).isInstanceOf(SecurityCodeRequiredException.class)
                .hasMessage("the card's security code is required");
    }

    @Test
    void another_422_such_as_a_key_reused_for_another_request_is_passed_on_with_its_detail() {
        gatewaySide.answering(request -> problem(422, "about:blank", "This Idempotency-Key was used for another request."));

        assertThatThrownBy(this::pay).isInstanceOfSatisfying(GatewayRefusalException.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(422);
            assertThat(refusal.getMessage()).isEqualTo("This Idempotency-Key was used for another request.");
        });
    }

    @Test
    void a_409_of_a_key_still_being_processed_is_passed_on() {
        gatewaySide.answering(request -> problem(409, "about:blank", "A request with this key is being processed."));

        assertThatThrownBy(this::pay).isInstanceOfSatisfying(GatewayRefusalException.class,
                refusal -> assertThat(refusal.status()).isEqualTo(409));
    }

    @Test
    void a_429_limits_the_attempts_for_the_seconds_its_retry_after_says() {
        gatewaySide.answering(request -> problem(429, "about:blank",
                "Too many payment attempts for this customer; try again in 120 seconds.").mutate()
                .header(HttpHeaders.RETRY_AFTER, "120").build());

        assertThatThrownBy(this::pay).isInstanceOfSatisfying(AttemptsLimitedException.class, limited -> {
            assertThat(limited.retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(limited.getMessage()).isEqualTo("Too many payment attempts for this customer; try again in 120 seconds.");
        });
    }

    @Test
    void a_429_without_seconds_in_retry_after_leaves_the_wait_to_the_caller() {
        gatewaySide.answering(request -> problem(429, "about:blank", "Too many attempts.").mutate()
                .header(HttpHeaders.RETRY_AFTER, "Wed, 21 Oct 2026 07:28:00 GMT").build());

        assertThatThrownBy(this::pay).isInstanceOfSatisfying(AttemptsLimitedException.class,
                limited -> assertThat(limited.retryAfter()).isEqualTo(Optional.empty()));
    }

    @Test
    void a_500_without_a_body_leaves_the_gateway_unavailable() {
        gatewaySide.answering(request -> empty(500));

        assertThatThrownBy(this::pay).isInstanceOf(GatewayUnavailableException.class).hasMessageContaining("500");
    }

    @Test
    void a_503_of_a_busy_gateway_passes_on_that_nothing_was_done() {
        gatewaySide.answering(request -> problem(503, "about:blank", "This service is running as many payments as it"
                + " can; nothing was done, retry with the same Idempotency-Key.").mutate()
                .header(HttpHeaders.RETRY_AFTER, "1").build());

        assertThatThrownBy(this::pay).isInstanceOf(GatewayUnavailableException.class).hasNoCause()
                .hasMessage("The payment gateway was too busy to take a payment: This service is running as many payments"
                        + " as it can; nothing was done, retry with the same Idempotency-Key.");
    }

    @Test
    void a_gateway_that_cannot_be_reached_leaves_the_payments_outcome_unknown() {
        gatewaySide.unreachable();

        assertThatThrownBy(this::pay).isInstanceOf(GatewayUnavailableException.class)
                .hasMessageContaining("outcome is unknown")
                .hasCauseInstanceOf(WebClientRequestException.class);
    }

    @Test
    void a_token_the_gateway_does_not_accept_is_a_bad_gateway_naming_the_audience_and_role_needed() {
        for (int status : new int[] {401, 403}) {
            gatewaySide.answering(request -> empty(status));

            assertThatThrownBy(this::pay).isInstanceOfSatisfying(GatewayRefusalException.class, refusal -> {
                assertThat(refusal.status()).isEqualTo(502);
                assertThat(refusal.getMessage()).contains("payment-gateway-service").contains("box_office");
            });
        }
    }

    // --- reading a payment again

    @Test
    void a_payment_is_read_again_with_the_terminals_token_and_a_404_is_no_payment_of_the_tenant() {
        gatewaySide.answering(request -> json(200, paymentAnswer("AUTHORISED")));

        assertThat(gateway.payment(THEATRE, PAYMENT).block().state()).isEqualTo(CounterPaymentState.AUTHORISED);
        Sent sent = gatewaySide.onlySent();
        assertThat(sent.method()).isEqualTo(HttpMethod.GET);
        assertThat(sent.path()).isEqualTo("/payments/" + PAYMENT);
        assertThat(sent.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer theatre-terminal-token");

        gatewaySide.answering(request -> problem(404, "about:blank", "No payment."));
        assertThatThrownBy(() -> gateway.payment(THEATRE, PAYMENT).block()).isInstanceOf(UnknownPaymentException.class);
    }

    // --- the security code at the counter

    @Test
    void a_security_code_form_is_asked_for_the_card_with_our_return_addresses_and_the_terminals_token() throws Exception {
        gatewaySide.answering(request -> json(201, """
                {"action":"http://localhost:8090/ncol/test/alias_gateway.asp",
                 "fields":{"PSPID":"SECUTIXTHEATRE","ORDERID":"CE-42","ALIAS":"A-1","CARDNO":"XXXXXXXXXXXX1111",
                           "ACCEPTURL":"http://localhost:8080/box-office/security-code-entries/accepted","SHASIGN":"ABC"}}"""));

        SecurityCodeForm form = gateway.securityCodeForm(THEATRE, "alice", CARD, "ORD-1",
                URI.create("http://localhost:8080/box-office/security-code-entries/accepted"),
                URI.create("http://localhost:8080/box-office/security-code-entries/refused")).block();

        Sent sent = gatewaySide.onlySent();
        assertThat(sent.method()).isEqualTo(HttpMethod.POST);
        assertThat(sent.path()).isEqualTo("/card-entry/forms");
        assertThat(sent.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer theatre-terminal-token");
        JSONAssert.assertEquals("""
                {"orderReference":"ORD-1","customerId":"alice","cardId":"%s",
                 "acceptUrl":"http://localhost:8080/box-office/security-code-entries/accepted",
                 "exceptionUrl":"http://localhost:8080/box-office/security-code-entries/refused"}""".formatted(CARD),
                sent.body(), JSONCompareMode.STRICT);
        assertThat(form.action()).isEqualTo(URI.create("http://localhost:8090/ncol/test/alias_gateway.asp"));
        assertThat(form.fields()).containsEntry("ORDERID", "CE-42").containsEntry("SHASIGN", "ABC")
                .containsEntry("PSPID", "SECUTIXTHEATRE");
    }

    @Test
    void a_security_code_form_for_a_card_the_customer_does_not_have_is_an_unknown_card() {
        gatewaySide.answering(request -> problem(404, "about:blank", "No such card."));

        assertThatThrownBy(() -> gateway.securityCodeForm(THEATRE, "alice", CARD, "ORD-1", URI.create("http://a/ok"),
                URI.create("http://a/ko")).block()).isInstanceOf(UnknownCardException.class);
    }

    @Test
    void the_psps_redirect_is_passed_to_the_gateway_as_it_came_and_its_result_read_without_the_alias() throws Exception {
        gatewaySide.answering(request -> json(200, """
                {"cardId":"%s","status":"UPDATED","customerId":"alice","alias":"A-1","card":{"brand":"VISA",
                 "maskedNumber":"XXXXXXXXXXXX1111","expiry":"12/30","holderName":"Alice Martin"},
                 "cvvEnteredUntil":"2026-12-06T10:15:00Z"}""".formatted(CARD)));
        Map<String, String> redirect = Map.of("ORDERID", "CE-42", "ALIAS", "A-1", "CARDNO", "XXXXXXXXXXXX1111",
                "STATUS", "0", "NCERROR", "0", "SHASIGN", "DEF");

        EnteredSecurityCode entered = gateway.securityCodeEntered(THEATRE, redirect).block();

        Sent sent = gatewaySide.onlySent();
        assertThat(sent.method()).isEqualTo(HttpMethod.POST);
        assertThat(sent.path()).isEqualTo("/card-entry/results");
        assertThat(sent.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer theatre-terminal-token");
        JSONAssert.assertEquals("""
                {"parameters":{"ORDERID":"CE-42","ALIAS":"A-1","CARDNO":"XXXXXXXXXXXX1111","STATUS":"0",
                 "NCERROR":"0","SHASIGN":"DEF"}}""", sent.body(), JSONCompareMode.STRICT);
        assertThat(entered).isEqualTo(new EnteredSecurityCode(CARD, "alice",
                new PaymentOutcome.ShownCard("VISA", "XXXXXXXXXXXX1111", "12/30", "Alice Martin"),
                Instant.parse("2026-12-06T10:15:00Z")));
    }

    @Test
    void a_redirect_the_gateway_refuses_is_refused_with_its_status_and_reason() {
        gatewaySide.answering(request -> problem(409, "about:blank", "This card entry was already used."));

        assertThatThrownBy(() -> gateway.securityCodeEntered(THEATRE, Map.of("ORDERID", "CE-42")).block())
                .isInstanceOfSatisfying(SecurityCodeEntryRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(refused.getMessage()).isEqualTo("This card entry was already used.");
                });

        gatewaySide.answering(request -> problem(400, "about:blank", "the signature does not match"));

        assertThatThrownBy(() -> gateway.securityCodeEntered(THEATRE, Map.of("ORDERID", "CE-42")).block())
                .isInstanceOfSatisfying(SecurityCodeEntryRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.getMessage()).isEqualTo("The redirect is not the PSP's genuine answer to a"
                            + " security-code form: the signature does not match.");
                });
    }

    @Test
    void a_card_entry_that_names_no_saved_card_was_not_a_security_code_entry() {
        gatewaySide.answering(request -> json(200, "{\"status\":\"CREATED\",\"customerId\":\"alice\",\"alias\":\"A-9\"}"));

        assertThatThrownBy(() -> gateway.securityCodeEntered(THEATRE, Map.of("ORDERID", "CE-42")).block())
                .isInstanceOfSatisfying(SecurityCodeEntryRefusedException.class,
                        refused -> assertThat(refused.status()).isEqualTo(422));
    }
}
