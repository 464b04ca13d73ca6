package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.counterSaleFor;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a caller may touch with {@code POST /payments}: only the paying customer's alias, only the channel its
 * role gives, and never as a customer. Each refusal reaches neither the PSP nor the database.
 */
class PaymentAuthorisationIT extends GatewayIntegrationTest {

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String customer = "customer-" + UUID.randomUUID();
    private final String salesSystem = TestTokens.salesSystem(Tenants.DEMO);

    @BeforeEach
    void theSimulatedPspApprovesEverything() {
        psp.orderAnswers(status(9, "3018001"));
    }

    private WebTestClient.ResponseSpec pay(String token, Map<String, Object> body) {
        return http.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("Idempotency-Key", anyKey());
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private String refused(String token, Map<String, Object> body, HttpStatus expected) {
        Map<String, Object> problem = pay(token, body).expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(psp.orders()).as("orders sent to the PSP").isZero();
        assertThat(paymentsOfOrder((String) body.get("orderReference"))).as("payments stored").isZero();
        return String.valueOf(problem.get("detail"));
    }

    @Test
    void another_customers_alias_is_refused_as_not_found() {
        String victimsAlias = cardOnFile("victim-" + UUID.randomUUID());

        assertThat(refused(salesSystem, saleFor(customer, victimsAlias), HttpStatus.NOT_FOUND))
                .isEqualTo("The customer has no card with this alias.");
    }

    @Test
    void an_alias_the_caller_made_up_is_refused_as_not_found() {
        refused(salesSystem, saleFor(customer, "ALIAS-I-GUESSED"), HttpStatus.NOT_FOUND);
    }

    @Test
    void an_alias_of_the_same_customer_id_in_another_tenant_is_refused() {
        String otherTenantsAlias = cardOnFile(Tenants.OTHER, customer, "12/30");

        refused(salesSystem, saleFor(customer, otherTenantsAlias), HttpStatus.NOT_FOUND);
    }

    @Test
    void another_tenants_box_office_cannot_pay_with_this_tenants_alias() {
        String theatreAlias = cardOnFile(customer);

        refused(TestTokens.boxOffice("demo-stadium"), counterSaleFor(customer, theatreAlias), HttpStatus.NOT_FOUND);
    }

    @Test
    void the_card_shown_on_the_payment_is_the_one_card_entry_registered() {
        pay(salesSystem, saleFor(customer, cardOnFile(customer))).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.card.maskedNumber").isEqualTo(MASKED_NUMBER)
                .jsonPath("$.card.brand").isEqualTo("VISA")
                .jsonPath("$.card.holderName").isEqualTo("Alice Martin");
    }

    @Test
    void a_customer_cannot_pay_here_on_any_channel() {
        String alias = cardOnFile(customer);
        String token = TestTokens.customer(Tenants.DEMO, customer);

        for (String channel : new String[] {"WEB", "MOBILE", "BOX_OFFICE", "CALL_CENTRE"}) {
            Map<String, Object> body = saleFor(customer, alias);
            body.put("channel", channel);
            assertThat(refused(token, body, HttpStatus.FORBIDDEN)).contains("customers pay through a checkout session");
        }
    }

    @Test
    void the_sales_system_cannot_label_a_payment_as_box_office_or_mail_order() {
        String alias = cardOnFile(customer);

        for (String channel : new String[] {"BOX_OFFICE", "CALL_CENTRE"}) {
            Map<String, Object> body = counterSaleFor(customer, alias);
            body.put("channel", channel);
            assertThat(refused(salesSystem, body, HttpStatus.FORBIDDEN))
                    .isEqualTo("channel " + channel + " is not open to this caller, which pays on [MOBILE, WEB]");
        }
    }

    @Test
    void a_box_office_terminal_cannot_label_a_payment_as_a_mail_order() {
        Map<String, Object> body = counterSaleFor(customer, cardOnFile(customer));
        body.put("channel", "CALL_CENTRE");

        refused(TestTokens.boxOffice(Tenants.DEMO), body, HttpStatus.FORBIDDEN);
    }

    @Test
    void the_sales_system_must_say_whether_the_buyer_is_on_the_web_or_in_the_app() {
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));
        body.remove("channel");

        refused(salesSystem, body, HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_web_payment_asks_the_psp_for_3_d_secure_as_e_commerce() {
        pay(salesSystem, saleFor(customer, cardOnFile(customer))).expectStatus().isCreated();

        assertThat(psp.orderRequests()).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("ECI", "7").containsEntry("FLAG3D", "Y")
                .containsEntry("ACCEPTURL", "https://shop.example/checkout/3ds/accepted")
                .containsEntry("browserScreenWidth", "1920"));
    }

    @Test
    void a_call_centre_operator_takes_a_mail_order_without_3_d_secure() {
        pay(TestTokens.operator(Tenants.DEMO), counterSaleFor(customer, cardOnFile(customer)))
                .expectStatus().isCreated().expectBody().jsonPath("$.channel").isEqualTo("CALL_CENTRE");

        assertThat(psp.orderRequests()).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("ECI", "1").doesNotContainKey("FLAG3D"));
    }

    @Test
    void a_box_office_terminal_pays_at_the_counter() {
        pay(TestTokens.boxOffice(Tenants.DEMO), counterSaleFor(customer, cardOnFile(customer)))
                .expectStatus().isCreated().expectBody().jsonPath("$.channel").isEqualTo("BOX_OFFICE");

        assertThat(psp.orderRequests()).singleElement().satisfies(form -> assertThat(form)
                .doesNotContainKey("FLAG3D"));
    }

    @Test
    void a_counter_payment_does_not_take_3_d_secure_data() {
        Map<String, Object> body = counterSaleFor(customer, cardOnFile(customer));
        body.put("threeDSecure", PaymentRequests.threeDSecure());

        assertThat(refused(TestTokens.boxOffice(Tenants.DEMO), body, HttpStatus.BAD_REQUEST))
                .contains("threeDSecure: is only for WEB and MOBILE payments");
    }
}
