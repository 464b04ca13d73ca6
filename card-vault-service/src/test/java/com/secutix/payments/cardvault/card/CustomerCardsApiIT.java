package com.secutix.payments.cardvault.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.testsupport.Fixtures;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@PlatformIntegrationTest
class CustomerCardsApiIT {

    private static final Instant SAVED_AT = Instant.parse("2026-01-15T09:30:00Z");

    @LocalServerPort
    int port;

    @Autowired
    Cards cards;

    WebTestClient web;
    String customerId;
    SavedCard visa;

    @BeforeEach
    void aCustomerWithTwoSavedCards() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        customerId = Fixtures.anyCustomerId();
        visa = store(card(customerId, "VISA", "XXXXXXXXXXXX1111", YearMonth.of(2030, 12), "Alice Martin",
                SalesChannel.WEB, SAVED_AT));
        store(card(customerId, "MasterCard", "XXXXXXXXXXXX4444", YearMonth.of(2020, 1), null,
                SalesChannel.BOX_OFFICE, SAVED_AT.plus(1, ChronoUnit.DAYS)));
    }

    @Test
    void a_customer_lists_their_own_cards_oldest_first() {
        cardsOf(customerId, TestTokens.customer(Tenants.DEMO, customerId))
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].id").isEqualTo(visa.id().toString())
                .jsonPath("$[0].brand").isEqualTo("VISA")
                .jsonPath("$[0].maskedNumber").isEqualTo("XXXXXXXXXXXX1111")
                .jsonPath("$[0].expiry").isEqualTo("12/30")
                .jsonPath("$[0].holderName").isEqualTo("Alice Martin")
                .jsonPath("$[0].expired").isEqualTo(false)
                .jsonPath("$[0].savedAt").isEqualTo("2026-01-15T09:30:00Z")
                .jsonPath("$[0].channel").isEqualTo("WEB")
                .jsonPath("$[1].brand").isEqualTo("MasterCard")
                .jsonPath("$[1].channel").isEqualTo("BOX_OFFICE");
    }

    @Test
    void the_psp_alias_is_never_shown() {
        String body = cardsOf(customerId, TestTokens.customer(Tenants.DEMO, customerId))
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains(visa.id().toString())
                .doesNotContain(visa.alias().value())
                .doesNotContainIgnoringCase("alias");
    }

    @Test
    void a_card_past_its_expiry_month_is_flagged_expired() {
        cardsOf(customerId, TestTokens.customer(Tenants.DEMO, customerId))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[1].expiry").isEqualTo("01/20")
                .jsonPath("$[1].expired").isEqualTo(true);
    }

    @Test
    void a_customer_reading_another_customers_cards_gets_not_found() {
        cardsOf(customerId, TestTokens.customer(Tenants.DEMO, "someone-else"))
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"operator", "box_office", "sales_system", "admin"})
    void staff_and_terminals_of_the_tenant_list_the_customers_cards(String role) {
        cardsOf(customerId, TestTokens.builder().subject("staff-" + role).tenant(Tenants.DEMO).roles(role).mint())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void staff_of_another_tenant_see_no_card_of_this_tenant() {
        cardsOf(customerId, TestTokens.operator(Tenants.OTHER))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void the_same_customer_id_in_another_tenant_is_another_customer() {
        cardsOf(customerId, TestTokens.customer(Tenants.OTHER, customerId))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void a_caller_without_a_role_gets_not_found() {
        cardsOf(customerId, TestTokens.builder().subject(customerId).tenant(Tenants.DEMO).roles().mint())
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_request_without_a_token_is_unauthorized() {
        web.get().uri("/customers/{customerId}/cards", customerId).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void an_expired_token_is_unauthorized() {
        cardsOf(customerId, TestTokens.expired(Tenants.DEMO, customerId))
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec cardsOf(String customer, String token) {
        return web.get().uri("/customers/{customerId}/cards", customer)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange();
    }

    private SavedCard store(SavedCard card) {
        assertThat(cards.addAbsent(List.of(card)).collectList().block()).containsExactly(card.id());
        return card;
    }

    private static SavedCard card(String customer, String brand, String masked, YearMonth expiry, String holder,
            SalesChannel channel, Instant savedAt) {
        return new SavedCard(new CardId(UUID.randomUUID()), new CardOwner(Tenants.DEMO, customer),
                new PspAlias("ALIAS-" + UUID.randomUUID()),
                new CardDetails(new CardBrand(brand), new MaskedNumber(masked), new CardExpiry(expiry), holder),
                channel, savedAt);
    }
}
