package com.secutix.payments.localstack.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static com.secutix.payments.localstack.endtoend.BuyerJourneys.*; // the shared steps of the browser tests
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.checkout.v1.CheckoutCancelled;
import com.secutix.payments.events.checkout.v1.CheckoutCompleted;
import com.secutix.payments.testsupport.CardDataScanner;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The checkout page as buyers meet it: a real Chromium against the local stack started by
 * {@code SKIP_BUILD=1 ./run-local.sh}. The sales system opens each checkout session through the API; the
 * browser does the rest: the summary, the card typed into the form that posts straight to the PSP, Pay, the
 * confirmation, signing in, a saved card, a decline and a retry, 3-D Secure, cancel, a phone-sized screen.
 * Every step is kept as a screenshot in {@code local-stack/target/checkout-screenshots}; axe-core checks each
 * page in French and in English; the browser's own network log shows that no card number and no CVV ever
 * went to our services.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} and axe-core in {@code node_modules/} (.ci/run
 * installs them). Without them the class is skipped on a developer's machine and fails in CI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutPageIT {

    private static final String DECLINED_CARD = "4000000000000002";
    private static final String CHALLENGE_CARD = "4000000000003220";
    private static final Path SCREENSHOTS = ROOT.resolve("local-stack/target/checkout-screenshots");

    private static LocalStackProcess stack;

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
    void a_guest_pays_with_a_new_card_and_the_sales_system_sees_the_session_completed() throws Exception {
        Checkout checkout = openCheckout("PAGE-GUEST-1", "guest-1", "fr-CH");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl());
            browser.awaitHeading("Vérifiez votre commande");
            assertThat(browser.textOf(".total")).contains("247,50");
            browser.screenshot("01-summary-fr");
            assertAccessible(browser, "summary, fr");

            browser.click("#to-payment");
            browser.find("#card-form");
            browser.screenshot("02-payment-new-card-fr");
            assertAccessible(browser, "payment, fr");
            enterCard(browser, APPROVED_CARD, "Guest Buyer");
            assertThat(browser.textOf("#pay-form .number")).isEqualTo("XXXX XXXX XXXX 1111");
            assertThat(browser.has("#save")).as("a guest cannot save a card").isFalse();
            browser.screenshot("03-payment-card-entered-fr");
            browser.click("#pay");

            assertThat(browser.textOf("#paid")).isEqualTo("Merci, votre commande est payée");
            assertThat(browser.textOf(".paid-card")).contains("XXXX XXXX XXXX 1111");
            browser.screenshot("04-confirmation-fr");
            assertAccessible(browser, "confirmation, fr");
            assertNoCardDataSentToUs(browser);
        }
        JsonNode read = checkout.read();
        assertThat(read.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(read.get("payment").get("maskedNumber").asString()).endsWith("1111");
        CheckoutCompleted completed = awaitCompleted(checkout.id());
        assertThat(read.get("payment").get("id").asString()).isEqualTo(completed.paymentId().toString());
        assertThat(completed.card().maskedNumber()).endsWith("1111");
        assertThat(completed.cardSaved()).isFalse();
        assertThat(salesInPspLedger(completed.pspOrderId())).isEqualTo(1);
    }

    @Test
    @Order(2)
    void the_page_speaks_english_when_asked_and_passes_axe_in_english() throws Exception {
        Checkout checkout = openCheckout("PAGE-EN-1", "guest-2", "fr-CH");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl());
            browser.click(".language a");
            browser.awaitHeading("Check your order");
            assertAccessible(browser, "summary, en");
            browser.click("#to-payment");
            browser.awaitHeading("Payment");
            browser.screenshot("05-payment-en");
            assertAccessible(browser, "payment, en");
        }
    }

    @Test
    @Order(3)
    void alice_signs_in_saves_her_card_and_pays_her_next_order_with_it_giving_its_security_code_as_the_default_policy_asks()
            throws Exception {
        Checkout first = openCheckout("PAGE-ALICE-1", "alice", "en-GB");
        Checkout second = openCheckout("PAGE-ALICE-2", "alice", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(first.pageUrl() + "/payment");
            signIn(browser, "alice", "alice-demo");
            enterCard(browser, APPROVED_CARD, "Alice Martin");
            browser.click("#save");
            browser.screenshot("06-payment-save-card-en");
            browser.click("#pay");
            assertThat(browser.textOf("#paid")).isEqualTo("Thank you, your order is paid");
            assertThat(awaitCompleted(first.id()).cardSaved()).isTrue();

            awaitSavedCardOffered(browser, second);
            assertThat(browser.textOf(".saved-cards")).contains("XXXX XXXX XXXX 1111", "Alice Martin");
            browser.screenshot("07-payment-saved-card-en");
            assertAccessible(browser, "payment with a saved card, en");
            browser.click("#pay");

            browser.awaitHeading("Your card's security code");
            browser.screenshot("08-security-code-en");
            assertAccessible(browser, "security code, en");
            browser.type("#CVC", CVV);
            browser.click("#pay-with-code");
            assertThat(browser.textOf("#paid")).isEqualTo("Thank you, your order is paid");
            browser.screenshot("09-confirmation-saved-card-en");
            assertNoCardDataSentToUs(browser);
        }
        CheckoutCompleted completed = awaitCompleted(second.id());
        assertThat(completed.card().maskedNumber()).endsWith("1111");
        assertThat(salesInPspLedger(completed.pspOrderId())).isEqualTo(1);
    }

    @Test
    @Order(4)
    void a_declined_card_entered_on_the_page_is_not_charged_again_without_its_code_the_page_asks_to_enter_it_again()
            throws Exception {
        Checkout checkout = openCheckout("PAGE-AGAIN-1", "buyer-again", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            payWithADeclinedCard(browser, checkout);

            // its code went to the PSP with the declined attempt, and the tenant asks for it on the web (the default)
            assertThat(browser.find("#pay-form #card-entered").isSelected()).isTrue();
            browser.click("#pay");
            browser.waitForUrlContaining("error=enter-card-again");
            assertThat(browser.textOf("#error")).contains("For your security, enter your card again");
            assertThat(browser.has("#card-entered")).isFalse();
            assertThat(browser.find("#new-card").getAttribute("open")).isNotNull();
            browser.screenshot("08b-enter-card-again-en");
            assertAccessible(browser, "enter the card again, en");

            payWithAnotherCard(browser);
        }
        assertThat(checkout.state()).isEqualTo("COMPLETED");
    }

    @Test
    @Order(5)
    void when_the_tenant_admin_stops_asking_for_the_code_on_the_web_alice_pays_with_her_saved_card_in_one_tap() throws Exception {
        PlatformApi.Answer changed = api.changeCardPolicy(PlatformApi.personToken("adam", "adam-demo"), PlatformApi.parse("""
                {"savingEnabled": true, "maxSavedCardsPerCustomer": 5, "atLimit": "KEEP_EXISTING_CARDS",
                 "cvvForSavedCards": {"WEB": {"rule": "NEVER"}, "MOBILE": {"rule": "ALWAYS"},
                                      "CALL_CENTRE": {"rule": "ALWAYS"}, "BOX_OFFICE": {"rule": "NEVER"}}}"""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Checkout third = openCheckout("PAGE-ALICE-3", "alice", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(third.pageUrl() + "/payment");
            signIn(browser, "alice", "alice-demo");
            // the gateway learns the new policy from CardPolicyChanged: until then Pay leads to the security-code step
            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                browser.open(third.pageUrl());
                if (browser.has("#paid")) {
                    return true;
                }
                browser.open(third.pageUrl() + "/payment");
                browser.click("#pay");
                browser.find("#paid, #security-code-form");
                return browser.has("#paid");
            });
            assertThat(browser.textOf("#paid")).isEqualTo("Thank you, your order is paid");
        }
        assertThat(awaitCompleted(third.id()).card().maskedNumber()).endsWith("1111");
    }

    @Test
    @Order(6)
    void another_buyer_signed_in_sees_nothing_of_the_customer_and_may_still_pay_as_a_guest() throws Exception {
        Checkout checkout = openCheckout("PAGE-OTHER-1", "alice", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl() + "/payment");
            signIn(browser, "bruno", "bruno-demo");
            assertThat(browser.has("#other-buyer")).isTrue();
            assertThat(browser.has(".saved-cards")).isFalse();
            assertThat(browser.driver().getPageSource()).doesNotContain("Alice Martin");
            browser.screenshot("09-payment-other-buyer-en");
        }
    }

    @Test
    @Order(7)
    void a_declined_card_says_so_in_plain_words_and_another_card_then_pays() throws Exception {
        Checkout checkout = openCheckout("PAGE-DECLINE-1", "buyer-decline", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            payWithADeclinedCard(browser, checkout);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error");
            browser.screenshot("10-payment-declined-en");
            assertAccessible(browser, "payment declined, en");

            browser.click("#new-card summary");
            payWithAnotherCard(browser);
        }
        assertThat(checkout.state()).isEqualTo("COMPLETED");
    }

    @Test
    @Order(8)
    void a_double_click_on_pay_charges_once_and_a_reload_of_the_confirmation_pays_nothing_more() throws Exception {
        Checkout checkout = openCheckout("PAGE-DOUBLE-1", "buyer-double", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl() + "/payment");
            enterCard(browser, APPROVED_CARD, "Alice Martin");
            new Actions(browser.driver()).doubleClick(browser.find("#pay")).perform();
            assertThat(browser.textOf("#paid")).isEqualTo("Thank you, your order is paid");
            browser.driver().navigate().refresh();
            assertThat(browser.textOf("#paid")).isEqualTo("Thank you, your order is paid");
        }
        CheckoutCompleted completed = awaitCompleted(checkout.id());
        assertThat(salesInPspLedger(completed.pspOrderId())).isEqualTo(1);
        assertThat(completedEvents(checkout.id())).hasSize(1);
    }

    @Test
    @Order(9)
    void a_card_that_needs_3d_secure_takes_the_buyer_through_the_challenge_and_pays() throws Exception {
        Checkout checkout = openCheckout("PAGE-3DS-1", "buyer-3ds", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl() + "/payment");
            enterCard(browser, CHALLENGE_CARD, "Alice Martin");
            browser.click("#pay");
            browser.waitForUrlContaining("/challenge");
            browser.screenshot("11-3d-secure-challenge");
            browser.click("button.authenticate");
            assertThat(browser.textOf("#paid")).isEqualTo("Thank you, your order is paid");
            browser.screenshot("12-confirmation-after-3d-secure");
        }
        assertThat(checkout.state()).isEqualTo("COMPLETED");
    }

    @Test
    @Order(10)
    void cancel_closes_the_session_tells_the_sales_system_and_leads_back_to_the_cancel_url() throws Exception {
        Checkout checkout = openCheckout("PAGE-CANCEL-1", "buyer-cancel", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl());
            browser.click("#cancel");
            assertThat(browser.textOf("#closed")).isEqualTo("This order was cancelled");
            assertThat(browser.find("#back-to-shop").getAttribute("href")).isEqualTo("http://localhost:8080/shop/cancel");
            browser.screenshot("13-cancelled-en");
            assertAccessible(browser, "cancelled, en");
        }
        assertThat(checkout.state()).isEqualTo("CANCELLED");
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> broker.read(EventCatalogue.CHECKOUT_CANCELLED.topic())
                .stream().filter(record -> checkout.id().equals(record.key()))
                .map(record -> EventJson.read(record.value(), CheckoutCancelled.class)).toList(), events -> events.size() == 1);
    }

    @Test
    @Order(11)
    void the_same_checkout_works_on_a_phone_sized_screen() throws Exception {
        Checkout checkout = openCheckout("PAGE-PHONE-1", "buyer-phone", "fr-CH");
        try (ChromiumBrowser browser = browser(390, 844)) {
            browser.open(checkout.pageUrl());
            browser.screenshot("14-phone-summary-fr");
            browser.click("#to-payment");
            browser.screenshot("15-phone-payment-fr");
            assertAccessible(browser, "payment on a phone, fr");
            Object scrollWidth = browser.driver().executeScript("return document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(390);
            enterCard(browser, APPROVED_CARD, "Alice Martin");
            browser.click("#pay");
            assertThat(browser.textOf("#paid")).isEqualTo("Merci, votre commande est payée");
            browser.screenshot("16-phone-confirmation-fr");
        }
    }

    @Test
    @Order(12)
    void an_expired_session_says_so_and_the_sales_system_reads_it_expired() throws Exception {
        Checkout checkout = openCheckout("PAGE-EXPIRED-1", "buyer-expired", "en-GB");
        endTheTimeToPay(checkout);
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl());
            assertThat(browser.textOf("#closed")).isEqualTo("The time to pay this order is over");
            browser.screenshot("17-expired-en");
            browser.open(checkout.pageUrl() + "/payment");
            assertThat(browser.textOf("#closed")).isEqualTo("The time to pay this order is over");
        }
        assertThat(checkout.state()).isEqualTo("EXPIRED");
    }

    @Test
    @Order(13)
    void after_three_declines_the_session_refuses_more_attempts_with_a_clear_message() throws Exception {
        Checkout checkout = openCheckout("PAGE-TESTING-1", "card-tester", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl() + "/payment");
            for (int attempt = 1; attempt <= 3; attempt++) {
                if (attempt > 1) {
                    browser.click("#new-card summary");
                }
                enterCard(browser, DECLINED_CARD, "Card Tester");
                browser.click("#pay");
                browser.find("#error");
            }
            assertThat(browser.textOf("#error")).contains("Too many payments failed for this order");
            assertThat(browser.has("#card-form")).isFalse();
            assertThat(browser.has("#pay")).isFalse();
            browser.screenshot("18-too-many-attempts-en");
        }
        assertThat(checkout.state()).isEqualTo("OPEN");
    }

    @Test
    @Order(14)
    void a_card_number_the_psp_refuses_is_shown_in_error_next_to_its_field_with_the_focus_on_it() throws Exception {
        Checkout checkout = openCheckout("PAGE-TYPO-1", "buyer-typo", "en-GB");
        try (ChromiumBrowser browser = browser(1280, 900)) {
            browser.open(checkout.pageUrl() + "/payment");
            browser.type("#CN", "Alice Martin");
            browser.type("#CARDNO", "4111111111111112");
            browser.type("#ED", "1230");
            browser.type("#CVC", CVV);
            browser.click("#use-card");
            assertThat(browser.textOf("#CARDNO-error")).contains("Check the card number");
            assertThat(browser.find("#CARDNO").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#CARDNO").getAttribute("aria-describedby")).isEqualTo("CARDNO-error");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("CARDNO");
            assertThat(browser.has("#ED-error")).isFalse();
            browser.screenshot("19-card-number-refused-en");
            assertAccessible(browser, "card refused, en");
        }
    }

    @Test
    @Order(15)
    void after_every_scenario_no_database_of_the_stack_holds_a_card_number_or_a_security_code() throws Exception {
        int rows = everyDatabaseRow((table, row) -> assertThat(CardDataScanner.scan(table, row)).isEmpty());
        assertThat(rows).as("rows read from the three databases").isGreaterThan(50);
    }

    /**
     * Moves a session's expiry into the past, as 30 minutes would: the local stack's checkout database
     * (DEMO credentials of the local profile).
     */
    /** Opens the payment step, enters a card the bank declines and pays with it: the page says it was declined. */
    private static void payWithADeclinedCard(ChromiumBrowser browser, Checkout checkout) {
        browser.open(checkout.pageUrl() + "/payment");
        enterCard(browser, DECLINED_CARD, "Alice Martin");
        browser.click("#pay");
        assertThat(browser.textOf("#error")).contains("Your payment was declined. Nothing was charged.");
    }

    /** Enters an approved card in the open new-card form and pays with it. */
    private static void payWithAnotherCard(ChromiumBrowser browser) {
        enterCard(browser, APPROVED_CARD, "Alice Martin");
        browser.click("#pay");
        assertThat(browser.textOf("#paid")).isEqualTo("Thank you, your order is paid");
    }

    private static void endTheTimeToPay(Checkout checkout) throws Exception {
        try (Connection database = DriverManager.getConnection("jdbc:postgresql://localhost:5433/checkout", "payments", "payments");
             PreparedStatement update = database.prepareStatement(
                     "update checkout_session set expires_at = now() - interval '1 minute' where id = ?")) {
            update.setObject(1, UUID.fromString(checkout.id()));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static ChromiumBrowser browser(int width, int height) throws Exception {
        return ChromiumBrowser.start(SCREENSHOTS, width, height);
    }

    /** Opens the payment step until the card saved by the previous payment is offered (the vault saves it from the event). */
    private static void awaitSavedCardOffered(ChromiumBrowser browser, Checkout checkout) {
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open(checkout.pageUrl() + "/payment");
            return browser.has(".saved-cards input[type=radio]");
        });
    }

    private static void signIn(ChromiumBrowser browser, String user, String password) {
        browser.click("#sign-in");
        signInOnTheProvidersForm(browser, user, password, "/payment");
    }
}
