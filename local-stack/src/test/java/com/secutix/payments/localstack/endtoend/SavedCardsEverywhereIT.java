package com.secutix.payments.localstack.endtoend;

import static com.secutix.payments.localstack.endtoend.BuyerJourneys.*; // the shared steps of the browser tests
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.testsupport.CardDataScanner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A card saved once, usable and manageable everywhere, against the local stack in a real Chromium: the buyer's
 * account (change the expiry date and the holder at the PSP, delete the card), the call centre (an operator pays by
 * phone with the customer's card, the customer then pays on the web with it), the box office (a card saved on the
 * web pays at the counter through the box-office API), and who may not do any of it. Screenshots in {@code
 * local-stack/target/saved-card-screenshots}; at the end, no database of the stack holds an alias in clear or a
 * card number.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavedCardsEverywhereIT {

    private static final String MASTERCARD = "5555555555554444";
    /** The demo theatre's merchant at the PSP (payment-gateway-service's application-local.yml). */
    private static final String DEMO_THEATRE_PSPID = "SECUTIXDEMO";
    private static final Path SCREENSHOTS = ROOT.resolve("local-stack/target/saved-card-screenshots");

    private static LocalStackProcess stack;
    /** Every alias the browser was shown in an Alias Gateway form (the PSP's protocol): none may be stored in clear. */
    private static final List<String> aliasesSeen = new ArrayList<>();
    private static String alicesCardId;

    @BeforeAll
    static void startTheLocalStack() throws Exception {
        stack = startTheLocalStackForChromium();
    }

    @AfterAll
    static void stopTheLocalStack() throws Exception {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void alice_saves_a_card_on_the_web_and_changes_its_expiry_date_and_holder_in_her_account_at_the_psp() throws Exception {
        Checkout checkout = openCheckout("ACCOUNT-ALICE-1", "alice", "en-GB");
        try (ChromiumBrowser browser = browser()) {
            browser.open(checkout.pageUrl() + "/payment");
            browser.click("#sign-in");
            signInOnTheProvidersForm(browser, "alice", "alice-demo", "/payment");
            enterCard(browser, MASTERCARD, "Alice Martin");
            browser.click("#save");
            browser.click("#pay");
            assertThat(browser.textOf("#paid")).isEqualTo("Thank you, your order is paid");

            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.open(PlatformApi.CHECKOUT + "/account/cards?lang=en");
                return browser.has("#cards .account-card");
            });
            assertThat(browser.textOf("#cards")).contains("XXXX XXXX XXXX 4444", "Alice Martin", "Exp.: 12/30", "Saved on the web");
            alicesCardId = browser.find("#cards .account-card").getAttribute("data-card-id");
            browser.screenshot("01-account-cards-en");
            assertAccessible(browser, "account, my saved cards");

            browser.click("#change-" + alicesCardId);
            aliasesSeen.add(browser.find("#change-form input[name=ALIAS]").getAttribute("value"));
            browser.screenshot("02-account-change-card-en");
            assertAccessible(browser, "account, change a card");
            browser.type("#ED", "0331");
            browser.type("#CN", "Alice Dupont");
            browser.click("#save-change");

            assertThat(browser.textOf("#notice")).isEqualTo("The card was updated.");
            assertThat(browser.textOf("#cards")).contains("XXXX XXXX XXXX 4444", "Alice Dupont", "Exp.: 03/31")
                    .doesNotContain("Alice Martin");
            browser.screenshot("03-account-card-changed-en");
            assertNoCardDataSentToUs(browser);
        }
        JsonNode atThePsp = api.pspAlias(DEMO_THEATRE_PSPID, aliasesSeen.get(0)).json();
        assertThat(atThePsp.get("holder").asString()).isEqualTo("Alice Dupont");
        assertThat(atThePsp.get("expiry").asString()).isEqualTo("03/31");
    }

    @Test
    @Order(5)
    void alice_deletes_her_card_after_confirming_and_no_channel_can_use_it_any_more() throws Exception {
        try (ChromiumBrowser browser = browser()) {
            browser.open(PlatformApi.CHECKOUT + "/account/cards?lang=en");
            signInOnTheProvidersForm(browser, "alice", "alice-demo", "/account/cards");
            browser.click("#delete-" + alicesCardId);
            browser.awaitHeading("Delete this card?");
            browser.screenshot("04-account-delete-confirmation-en");
            assertAccessible(browser, "account, delete a card");
            browser.click("#confirm-delete");
            assertThat(browser.textOf("#notice")).contains("The card was deleted.");
            assertThat(browser.textOf("main")).doesNotContain("XXXX XXXX XXXX 4444");
            browser.screenshot("05-account-card-deleted-en");

            Checkout next = openCheckout("ACCOUNT-ALICE-2", "alice", "en-GB");
            browser.open(next.pageUrl() + "/payment");
            assertThat(browser.textOf("main")).as("the deleted card is no longer offered").doesNotContain("4444");
        }
        String terminal = api.clientToken("box-office", "box-office-secret");
        assertThat(api.boxOfficeCards(terminal, "alice").body()).doesNotContain(alicesCardId);
        String salesSystem = salesSystemToken();
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            PlatformApi.Answer byId = api.pay(salesSystem, UUID.randomUUID().toString(), payment("cardId", alicesCardId));
            assertThat(byId.status()).as(byId.body()).isEqualTo(422);
            assertThat(byId.json().get("type").asString()).endsWith("/card-deleted");
        });
        PlatformApi.Answer byAlias = api.pay(salesSystem, UUID.randomUUID().toString(), payment("alias", aliasesSeen.get(0)));
        assertThat(byAlias.status()).as(byAlias.body()).isEqualTo(422);
        assertThat(byAlias.json().get("type").asString()).endsWith("/card-deleted");
    }

    @Test
    @Order(2)
    void a_card_saved_on_the_web_pays_at_the_box_office_without_then_with_its_security_code_as_the_policy_asks_and_a_replay_pays_once()
            throws Exception {
        String terminal = api.clientToken("box-office", "box-office-secret");
        JsonNode cards = api.boxOfficeCards(terminal, "alice").json();
        JsonNode card = cards.get("cards").valueStream().filter(listed -> listed.get("id").asString().equals(alicesCardId))
                .findFirst().orElseThrow();
        assertThat(card.get("maskedNumber").asString()).endsWith("4444");
        assertThat(card.get("savedOnChannel").asString()).isEqualTo("WEB");
        assertThat(card.get("securityCodeRequired").asBoolean()).as("the default policy: no CVV at the box office").isFalse();

        String key = UUID.randomUUID().toString();
        PlatformApi.Answer paid = api.boxOfficePay(terminal, key, counterPayment("COUNTER-1", alicesCardId));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().get("state").asString()).isEqualTo("CAPTURED");
        PlatformApi.Answer replayed = api.boxOfficePay(terminal, key, counterPayment("COUNTER-1", alicesCardId));
        assertThat(replayed.json().get("id").asString()).isEqualTo(paid.json().get("id").asString());
        String pspOrderId = api.payment(terminal, paid.json().get("id").asString()).json().get("pspOrderId").asString();
        assertThat(salesInPspLedger(pspOrderId)).as("one sale in the PSP's ledger for two requests with one key").isEqualTo(1);

        PlatformApi.Answer changed = api.changeCardPolicy(PlatformApi.personToken("adam", "adam-demo"), PlatformApi.parse("""
                {"savingEnabled": true, "maxSavedCardsPerCustomer": 5, "atLimit": "KEEP_EXISTING_CARDS",
                 "cvvForSavedCards": {"WEB": {"rule": "ALWAYS"}, "MOBILE": {"rule": "ALWAYS"},
                                      "CALL_CENTRE": {"rule": "ALWAYS"}, "BOX_OFFICE": {"rule": "ALWAYS"}}}"""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String secondKey = UUID.randomUUID().toString();
        // the gateway learns the new policy from CardPolicyChanged
        PlatformApi.Answer asked = await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.boxOfficePay(terminal, secondKey, counterPayment("COUNTER-2", alicesCardId)),
                        answer -> answer.status() == 422);
        assertThat(asked.json().get("type").asString()).endsWith("/cvv-required");
        JsonNode form = api.boxOfficeSecurityCodeForm(terminal, "alice", alicesCardId, "COUNTER-2").json();
        aliasesSeen.add(form.get("fields").get("ALIAS").asString());
        String redirect = api.postToThePsp(form, java.util.Map.of("CVC", CVV));
        PlatformApi.Answer entered = api.boxOfficeSecurityCodeAccepted(terminal, redirect);
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        PlatformApi.Answer paidWithCode = api.boxOfficePay(terminal, secondKey, counterPayment("COUNTER-2", alicesCardId));
        assertThat(paidWithCode.status()).as(paidWithCode.body()).isEqualTo(201);
        assertThat(paidWithCode.json().get("state").asString()).isEqualTo("CAPTURED");

        String stadiumTerminal = api.clientToken("stadium-box-office", "stadium-box-office-secret");
        assertThat(api.boxOfficeCards(stadiumTerminal, "alice").json().get("cards")).as("another tenant's terminal").isEmpty();
    }

    @Test
    @Order(3)
    void an_operator_saves_a_card_for_a_customer_by_phone_paying_with_it_and_the_customer_then_pays_on_the_web_with_it()
            throws Exception {
        try (ChromiumBrowser operator = browser()) {
            operator.open(PlatformApi.CHECKOUT + "/call-centre?lang=en");
            signInOnTheProvidersForm(operator, "olivia", "olivia-demo", "/call-centre");
            operator.type("#customer", "alice");
            operator.click("#find");
            operator.awaitHeading("Customer alice");
            operator.screenshot("10-call-centre-customer-en");
            assertAccessible(operator, "call centre, a customer");
            if (!operator.has("#new-card[open]")) {
                operator.click("#new-card summary");
            }
            operator.type("#new-orderReference", "PHONE-ORDER-1");
            operator.type("#new-amount", "45.00");
            operator.type("#new-currency", "EUR");
            operator.click("#save");
            operator.click("#enter-new-card");
            aliasesSeen.add(operator.find("#card-form input[name=ALIAS]").getAttribute("value"));
            operator.screenshot("11-call-centre-new-card-en");
            assertAccessible(operator, "call centre, a new card");
            operator.type("#CN", "Alice Martin");
            operator.type("#CARDNO", APPROVED_CARD);
            operator.type("#ED", "1230");
            operator.type("#CVC", CVV);
            operator.click("#pay-with-new-card");
            assertThat(operator.textOf("#paid")).isEqualTo("45.00 EUR paid for order PHONE-ORDER-1.");
            operator.screenshot("12-call-centre-paid-en");
            assertNoCardDataSentToUs(operator);
        }

        Checkout web = openCheckout("WEB-AFTER-PHONE-1", "alice", "en-GB");
        try (ChromiumBrowser alice = browser()) {
            alice.open(web.pageUrl() + "/payment");
            alice.click("#sign-in");
            signInOnTheProvidersForm(alice, "alice", "alice-demo", "/payment");
            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
                alice.open(web.pageUrl() + "/payment");
                return alice.has(".saved-cards input[type=radio]");
            });
            assertThat(alice.textOf(".saved-cards")).contains("XXXX XXXX XXXX 1111", "Alice Martin");
            alice.driver().findElement(By.xpath("//div[contains(@class,'saved-cards')]//label[contains(., '1111')]")).click();
            alice.click("#pay");
            alice.find("#paid, #security-code-form");
            if (alice.has("#security-code-form")) {
                alice.type("#CVC", CVV);
                alice.click("#pay-with-code");
            }
            assertThat(alice.textOf("#paid")).isEqualTo("Thank you, your order is paid");
            alice.screenshot("13-web-pays-with-the-card-saved-by-phone-en");

            alice.open(PlatformApi.CHECKOUT + "/account/cards?lang=en");
            assertThat(alice.textOf("#cards")).contains("XXXX XXXX XXXX 1111", "Saved by phone");
        }
        assertThat(awaitCompleted(web.id()).card().maskedNumber()).endsWith("1111");
        JsonNode audit = api.operatorActions(PlatformApi.personToken("adam", "adam-demo"), "alice").json();
        assertThat(audit.valueStream().map(line -> line.get("operator").asString() + " " + line.get("action").asString()
                + " " + line.get("outcome").asString()))
                .contains("olivia VIEW_CARDS DONE", "olivia CARD_ENTRY_FORM DONE", "olivia CARD_ENTERED DONE", "olivia PAY PAID");
    }

    @Test
    @Order(4)
    void an_operator_pays_with_the_customers_saved_card_giving_its_security_code_as_the_call_centres_policy_asks() throws Exception {
        try (ChromiumBrowser operator = browser()) {
            operator.open(PlatformApi.CHECKOUT + "/call-centre/customers/alice?lang=en");
            signInOnTheProvidersForm(operator, "olivia", "olivia-demo", "/call-centre");
            operator.type("#orderReference", "PHONE-ORDER-2");
            operator.type("#amount", "30.00");
            operator.type("#currency", "EUR");
            operator.click("#pay");
            operator.find("#paid, #security-code-form");
            if (operator.has("#security-code-form")) {
                operator.screenshot("14-call-centre-security-code-en");
                assertAccessible(operator, "call centre, security code");
                operator.type("#CVC", CVV);
                operator.click("#pay-with-code");
            }
            assertThat(operator.textOf("#paid")).isEqualTo("30.00 EUR paid for order PHONE-ORDER-2.");
        }
    }

    @Test
    @Order(10)
    void a_customer_cannot_reach_the_call_centre_and_an_operator_of_another_tenant_sees_none_of_this_tenants_cards() throws Exception {
        try (ChromiumBrowser browser = browser()) {
            browser.open(PlatformApi.CHECKOUT + "/call-centre/customers/alice?lang=en");
            signInOnTheProvidersForm(browser, "alice", "alice-demo", "/call-centre");
            browser.awaitHeading("This page is for call-centre operators");
            assertThat(browser.has("#phone-payment")).isFalse();
            browser.screenshot("20-call-centre-refused-to-a-customer-en");
        }
        try (ChromiumBrowser browser = browser()) {
            browser.open(PlatformApi.CHECKOUT + "/call-centre/customers/alice?lang=en");
            signInOnTheProvidersForm(browser, "oscar", "oscar-demo", "/call-centre");
            assertThat(browser.textOf("#no-cards")).isEqualTo("This customer has no saved card.");
        }
        JsonNode audit = api.operatorActions(PlatformApi.personToken("adam", "adam-demo"), "alice").json();
        assertThat(audit.valueStream().map(line -> line.get("operator").asString() + " " + line.get("outcome").asString()))
                .contains("alice NOT_AN_OPERATOR");
    }

    @Test
    @Order(20)
    void after_every_scenario_no_database_of_the_stack_holds_an_alias_in_clear_or_a_card_number() throws Exception {
        assertThat(aliasesSeen).isNotEmpty();
        int rows = everyDatabaseRow((table, row) -> {
            assertThat(CardDataScanner.scan(table, row)).isEmpty();
            assertThat(aliasesSeen).as("aliases in clear in %s", table).noneMatch(row::contains);
        });
        assertThat(rows).as("rows read from the three databases").isGreaterThan(20);
    }

    private static ObjectNode counterPayment(String orderReference, String cardId) {
        ObjectNode body = PlatformApi.json().createObjectNode();
        body.put("orderReference", orderReference);
        body.put("customerId", "alice");
        body.put("amount", "25.00");
        body.put("currency", "EUR");
        body.put("cardId", cardId);
        return body;
    }

    private static ObjectNode payment(String cardField, String card) {
        ObjectNode body = PlatformApi.json().createObjectNode();
        body.put(cardField, card);
        body.put("amount", "10.00");
        body.put("currency", "EUR");
        body.put("orderReference", "DELETED-CARD-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("customerId", "alice");
        body.put("channel", "WEB");
        ObjectNode threeDSecure = body.putObject("threeDSecure");
        threeDSecure.put("acceptUrl", "http://localhost:8080/shop/return");
        threeDSecure.put("declineUrl", "http://localhost:8080/shop/return");
        threeDSecure.put("exceptionUrl", "http://localhost:8080/shop/return");
        ObjectNode browser = threeDSecure.putObject("browser");
        browser.put("acceptHeader", "text/html");
        browser.put("userAgent", "Mozilla/5.0");
        browser.put("language", "en-GB");
        browser.put("colorDepth", 24);
        browser.put("javaEnabled", false);
        browser.put("screenHeight", 900);
        browser.put("screenWidth", 1280);
        browser.put("timeZoneOffsetMinutes", 0);
        return body;
    }

    private static ChromiumBrowser browser() throws Exception {
        return ChromiumBrowser.start(SCREENSHOTS, 1280, 900);
    }
}
