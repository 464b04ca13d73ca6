package com.secutix.payments.checkout.payment.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

/** The checkout page as a buyer's browser sees it, on the BFF started for real (no gateway needed for these steps). */
@PlatformIntegrationTest
class CheckoutPagesIT {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final Pattern CSRF_FIELD = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    DatabaseClient database;

    WebTestClient web;

    @BeforeEach
    void connect() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** A session the sales system opened through the API: two tickets, 247.50 EUR, in French. */
    @SuppressWarnings("unchecked")
    String openedSession() {
        String body = """
                {"orderId": "ORD-%s", "customerId": "alice", "currency": "EUR", "locale": "fr-CH",
                 "lines": [{"ticketId": "T-1", "performanceId": "P-9", "performanceName": "La Traviata",
                            "performanceStartsAt": "2027-03-14T19:30:00Z", "price": "165.00"},
                           {"ticketId": "T-2", "performanceId": "P-9", "performanceName": "La Traviata",
                            "performanceStartsAt": "2027-03-14T19:30:00Z", "price": "82.50"}],
                 "returnUrl": "http://localhost:8080/shop/paid", "cancelUrl": "http://localhost:8080/shop/cancelled"}"""
                .formatted(UUID.randomUUID());
        Map<String, Object> session = web.post().uri("/checkout-sessions").headers(headers -> {
                    headers.setBearerAuth(TestTokens.salesSystem(Tenants.DEMO));
                    headers.set("Idempotency-Key", UUID.randomUUID().toString());
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) session.get("id");
    }

    EntityExchangeResult<String> page(String path) {
        return web.get().uri(path).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
                .expectBody(String.class).returnResult();
    }

    String stateSeenBySalesSystem(String id) {
        return (String) web.get().uri("/checkout-sessions/{id}", id)
                .headers(headers -> headers.setBearerAuth(TestTokens.salesSystem(Tenants.DEMO))).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("state");
    }

    @Test
    void the_summary_of_a_session_is_shown_in_its_language_as_a_page_never_cached_or_framed() {
        String id = openedSession();

        EntityExchangeResult<String> summary = page("/checkout/" + id);

        assertThat(summary.getStatus()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = summary.getResponseHeaders();
        assertThat(headers.getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("form-action 'self' http://localhost:8090").contains("script-src 'self';");
        assertThat(headers.getCacheControl()).contains("no-store");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(summary.getResponseBody()).contains("<html lang=\"fr\"", "Vérifiez votre commande", "La Traviata",
                "247,50\u00A0€", "165,00\u00A0€", "Continuer vers le paiement", "Annuler la commande",
                "action=\"/checkout/" + id + "/cancel\"");
        ResponseCookie session = summary.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("the web session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.getPath()).isEqualTo("/");
    }

    @Test
    void the_summary_is_shown_in_english_when_the_buyer_asks_for_it() {
        String id = openedSession();

        EntityExchangeResult<String> summary = page("/checkout/" + id + "?lang=en");

        assertThat(summary.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(summary.getResponseBody()).contains("<html lang=\"en\"", "Check your order", "€247.50", "€165.00",
                "Continue to payment", "Cancel the order").doesNotContain("Vérifiez votre commande");
    }

    @Test
    void the_language_the_buyer_chose_is_kept_for_the_next_pages_of_their_web_session() {
        String id = openedSession();
        EntityExchangeResult<String> english = page("/checkout/" + id + "?lang=en");
        String cookie = english.getResponseCookies().getFirst("SESSION").getValue();

        String next = web.get().uri("/checkout/" + id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).cookie("SESSION", cookie)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(next).contains("Check your order");
    }

    @Test
    void an_unknown_session_gets_the_not_found_page_in_html() {
        EntityExchangeResult<String> unknown = web.get().uri("/checkout/" + UUID.randomUUID())
                .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectBody(String.class).returnResult();

        assertThat(unknown.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(unknown.getResponseBody()).contains("This checkout does not exist").doesNotContain("\"status\"");
        assertThat(unknown.getResponseHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void a_malformed_session_id_gets_the_not_found_page_in_html_not_json() {
        for (String path : new String[] {"/checkout/not-a-session", "/checkout/not-a-session/payment",
                "/checkout/------------------------------------"}) {
            EntityExchangeResult<String> unknown = web.get().uri(path).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange().expectBody(String.class).returnResult();

            assertThat(unknown.getStatus()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(unknown.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(path).isTrue();
            assertThat(unknown.getResponseBody()).as(path).contains("<html lang=\"fr\"", "Vérifiez le lien que la boutique vous a donné.");
        }
    }

    @Test
    void cancelling_without_the_csrf_token_is_refused_and_changes_nothing() {
        String id = openedSession();
        String cookie = page("/checkout/" + id).getResponseCookies().getFirst("SESSION").getValue();

        web.post().uri("/checkout/{id}/cancel", id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData("reason", "none"))
                .exchange().expectStatus().isForbidden();
        web.post().uri("/checkout/{id}/cancel", id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).cookie("SESSION", cookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData("reason", "none"))
                .exchange().expectStatus().isForbidden();
        web.post().uri("/checkout/{id}/cancel", id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).cookie("SESSION", cookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData("_csrf", "forged-token"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(body -> assertThat(body).contains("This form has expired")
                        .contains("/checkout/" + id + "/payment"));

        assertThat(stateSeenBySalesSystem(id)).isEqualTo("OPEN");
        assertThat(page("/checkout/" + id).getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(cancelledEventsOf(id)).isZero();
    }

    @Test
    void the_page_token_of_another_web_session_does_not_cancel() {
        String id = openedSession();
        String cookie = page("/checkout/" + id).getResponseCookies().getFirst("SESSION").getValue();
        String tokenOfAnotherBrowser = csrfTokenOf(page("/checkout/" + id).getResponseBody());

        web.post().uri("/checkout/{id}/cancel", id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).cookie("SESSION", cookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData("_csrf", tokenOfAnotherBrowser))
                .exchange().expectStatus().isForbidden();

        assertThat(stateSeenBySalesSystem(id)).isEqualTo("OPEN");
    }

    @Test
    void cancelling_with_the_pages_csrf_token_cancels_the_session_and_the_page_then_says_so_with_the_way_back() {
        String id = openedSession();
        EntityExchangeResult<String> summary = page("/checkout/" + id);
        String cookie = summary.getResponseCookies().getFirst("SESSION").getValue();
        String csrf = csrfTokenOf(summary.getResponseBody());

        EntityExchangeResult<byte[]> cancel = web.post().uri("/checkout/{id}/cancel", id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .cookie("SESSION", cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", csrf)).exchange()
                .expectStatus().is3xxRedirection().expectBody().returnResult();

        assertThat(cancel.getResponseHeaders().getLocation()).isEqualTo(URI.create("/checkout/" + id));
        assertThat(stateSeenBySalesSystem(id)).isEqualTo("CANCELLED");
        assertThat(cancelledEventsOf(id)).isEqualTo(1);
        EntityExchangeResult<String> closed = page("/checkout/" + id + "?lang=en");
        assertThat(closed.getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(closed.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(closed.getResponseBody()).contains("This order was cancelled", "Nothing was charged.",
                "href=\"http://localhost:8080/shop/cancelled\"").doesNotContain("Check your order");
        assertThat(page("/checkout/" + id).getResponseBody()).contains("Cette commande a été annulée");
    }

    @Test
    void cancelling_twice_cancels_once() {
        String id = openedSession();
        EntityExchangeResult<String> summary = page("/checkout/" + id);
        String cookie = summary.getResponseCookies().getFirst("SESSION").getValue();
        String csrf = csrfTokenOf(summary.getResponseBody());

        for (int click = 0; click < 2; click++) {
            web.post().uri("/checkout/{id}/cancel", id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).cookie("SESSION", cookie)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData("_csrf", csrf))
                    .exchange().expectStatus().is3xxRedirection();
        }

        assertThat(stateSeenBySalesSystem(id)).isEqualTo("CANCELLED");
        assertThat(cancelledEventsOf(id)).isEqualTo(1);
    }

    @Test
    void the_page_of_a_session_whose_time_ran_out_says_so() {
        String id = openedSession();
        database.sql("update checkout_session set expires_at = now() - interval '1 second' where id = :id")
                .bind("id", UUID.fromString(id)).fetch().rowsUpdated().block();

        EntityExchangeResult<String> expired = page("/checkout/" + id + "?lang=en");

        assertThat(expired.getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(expired.getResponseBody()).contains("The time to pay this order is over", "href=\"http://localhost:8080/shop/paid\"")
                .doesNotContain("Continue to payment");
        assertThat(page("/checkout/" + id).getResponseBody()).contains("Le délai pour payer cette commande est écoulé");
    }

    @Test
    void signing_in_as_a_guest_goes_to_the_identity_provider_with_pkce() {
        String id = openedSession();

        EntityExchangeResult<byte[]> signIn = web.get().uri("/checkout/{id}/sign-in", id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .exchange().expectStatus().is3xxRedirection().expectBody().returnResult();
        URI authorization = signIn.getResponseHeaders().getLocation();
        assertThat(authorization.getPath()).isEqualTo("/oauth2/authorization/checkout-web");
        ResponseCookie cookie = signIn.getResponseCookies().getFirst("SESSION");

        EntityExchangeResult<byte[]> toProvider = web.get().uri(authorization.getPath()).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .cookies(cookies -> {
                    if (cookie != null) {
                        cookies.add("SESSION", cookie.getValue());
                    }
                })
                .exchange().expectStatus().is3xxRedirection().expectBody().returnResult();
        URI provider = toProvider.getResponseHeaders().getLocation();

        assertThat(provider.getScheme() + "://" + provider.getAuthority() + provider.getPath()).isEqualTo("http://localhost:9000/oauth2/authorize");
        Map<String, String> query = UriComponentsBuilder.fromUri(provider).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "checkout-web")
                .containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(URLDecoder.decode(query.get("scope"), StandardCharsets.UTF_8)).contains("openid");
        assertThat(URLDecoder.decode(query.get("redirect_uri"), StandardCharsets.UTF_8))
                .isEqualTo("http://localhost:" + port + "/login/oauth2/code/checkout-web");
        assertThat(provider.toString()).doesNotContain("code_verifier");
    }

    @Test
    void the_account_pages_send_a_guest_to_sign_in_first_and_change_or_delete_nothing() {
        for (String path : new String[] {"/account/cards", "/account/cards/" + UUID.randomUUID() + "/delete",
                "/account/cards/" + UUID.randomUUID() + "/change"}) {
            URI signIn = web.get().uri(path).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
                    .expectStatus().is3xxRedirection().expectBody().returnResult().getResponseHeaders().getLocation();
            assertThat(signIn.getPath()).as(path).isEqualTo("/oauth2/authorization/checkout-web");
        }
        web.post().uri("/account/cards/{id}/delete", UUID.randomUUID()).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void the_api_still_answers_401_problem_json_without_a_token() {
        String id = openedSession();

        web.get().uri("/checkout-sessions/{id}", id).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Content-Security-Policy")
                .expectBody().jsonPath("$.status").isEqualTo(401);
        web.post().uri("/checkout-sessions").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Set-Cookie");
    }

    private static String csrfTokenOf(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("the page's form carries a CSRF token").isTrue();
        return field.group(1);
    }

    private long cancelledEventsOf(String id) {
        return database.sql("select count(*) from outbox_events where message_key = :key and event_type = :type")
                .bind("key", id).bind("type", "com.secutix.payments.checkout.cancelled.v1")
                .map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void an_address_that_leads_nowhere_gets_the_html_error_page_in_the_browsers_language() {
        web.get().uri("/checkout/{id}/no-such-step", UUID.randomUUID()).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CH")
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(body -> assertThat(body).contains("Un problème est survenu"));
    }

    @Test
    void a_card_the_psp_refused_comes_back_to_the_payment_step_with_the_fields_it_named_and_nothing_else() {
        String id = openedSession();

        web.get().uri("/checkout/{id}/card-entry/refused?NCERROR=50001111&NCERRORCARDNO=30141001&NCERRORED=0&NCERRORCVC="
                        + "&NCERRORCN=0&NCERRORXSS=1", id)
                .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .exchange().expectStatus().is3xxRedirection()
                .expectHeader().location("/checkout/" + id + "/payment?error=card-refused&field=CARDNO");
    }

    @Test
    void a_card_entry_redirect_naming_a_parameter_twice_is_refused_without_asking_the_gateway() {
        String id = openedSession();

        // no gateway runs in this test: asking it would fail the page, so the refusal comes before it
        web.get().uri("/checkout/{id}/card-entry/accepted?ORDERID=CE-1&ORDERID=CE-2&STATUS=0&ALIAS=A1&SHASIGN=00", id)
                .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .exchange().expectStatus().is3xxRedirection()
                .expectHeader().location("/checkout/" + id + "/payment?error=card-refused");
    }

    @Test
    void signing_out_leads_back_to_the_checkout_page_the_buyer_was_on_and_never_to_another_site() {
        String id = openedSession();
        EntityExchangeResult<String> summary = page("/checkout/" + id);
        String cookie = summary.getResponseCookies().getFirst("SESSION").getValue();
        String csrf = csrfTokenOf(summary.getResponseBody());

        for (String[] refererAndBack : new String[][] {
                {"http://localhost:8080/checkout/" + id + "/payment", "/checkout/" + id + "/payment"},
                {"https://evil.example/checkout/" + id + "/payment?next=x", "/checkout/" + id + "/payment"},
                {"https://evil.example/elsewhere", "/"},
                {"not an address at all %%", "/"}}) {
            web.post().uri("/logout").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).header(HttpHeaders.REFERER, refererAndBack[0])
                    .cookie("SESSION", cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("_csrf", csrf)).exchange()
                    .expectStatus().isSeeOther()
                    .expectHeader().location(refererAndBack[1]);
            summary = page("/checkout/" + id);
            cookie = summary.getResponseCookies().getFirst("SESSION").getValue();
            csrf = csrfTokenOf(summary.getResponseBody());
        }
    }
}
