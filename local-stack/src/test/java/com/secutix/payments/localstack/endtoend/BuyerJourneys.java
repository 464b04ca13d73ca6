package com.secutix.payments.localstack.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.checkout.v1.CheckoutCompleted;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.TopicReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The steps the browser tests against the running local stack share: what a buyer, the sales system and the PSP's
 * ledger do and show, the axe-core check, the network log's check that no card data reached us, and the scan of
 * every database.
 */
final class BuyerJourneys {

    static final Duration SERVICES_READY = Duration.ofSeconds(220);
    static final Duration STACK_READY = Duration.ofSeconds(240);
    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    static final String APPROVED_CARD = "4111111111111111";
    static final String CVV = "123";
    static final List<String> OUR_ORIGINS = List.of("http://localhost:8080", "http://localhost:8081",
            "http://localhost:8082", "http://127.0.0.1:8080", "http://127.0.0.1:8081", "http://127.0.0.1:8082");

    static final Path ROOT = RepositoryRoot.path();
    static final Path AXE = ROOT.resolve("node_modules/axe-core/axe.min.js");
    static final PlatformApi api = new PlatformApi();
    static final TopicReader broker = new TopicReader("localhost:9092", TopicReader.DEFAULT_IDLE);

    private BuyerJourneys() {
    }

    /**
     * The local stack for a browser test class: skipped on a developer's machine without Chromium or axe-core,
     * failing in CI (which installs both); started as {@code SKIP_BUILD=1 ./run-local.sh}, ready.
     */
    static LocalStackProcess startTheLocalStackForChromium() throws Exception {
        requireChromiumAndAxe();
        LocalStackProcess stack = LocalStackProcess.start(ROOT, SERVICES_READY);
        stack.awaitReady(STACK_READY);
        return stack;
    }

    /** Skips on a developer's machine without Chromium or axe-core; fails in CI, which installs both. */
    private static void requireChromiumAndAxe() {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(ChromiumBrowser.isInstalled() && Files.exists(AXE),
                    "chromium, chromium-driver and node_modules/axe-core are needed (apt-get install -y chromium chromium-driver; npm install axe-core)");
        }
        assertThat(ChromiumBrowser.isInstalled()).as("Debian's chromium and chromium-driver").isTrue();
        assertThat(AXE).as("axe-core, installed by `npm install axe-core` at the repository root").exists();
    }

    /** A checkout session the sales system opened, and the address of its page. */
    record Checkout(String id, String pageUrl) {

        String state() throws Exception {
            return read().get("state").asString();
        }

        /** The session as the sales system reads it. */
        JsonNode read() throws Exception {
            PlatformApi.Answer answer = api.checkoutSession(salesSystemToken(), id);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return answer.json();
        }
    }

    /** Two tickets of La Traviata, 247.50 EUR, for the customer. */
    static Checkout openCheckout(String orderId, String customerId, String locale) throws Exception {
        ObjectNode body = PlatformApi.json().createObjectNode();
        body.put("orderId", orderId);
        body.put("customerId", customerId);
        body.put("currency", "EUR");
        body.put("locale", locale);
        body.set("lines", PlatformApi.parse("""
                [{"ticketId": "T-1", "performanceId": "TRAVIATA-2027-03-01", "performanceName": "La Traviata",
                  "performanceStartsAt": "2027-03-01T19:30:00Z", "price": "165.00"},
                 {"ticketId": "T-2", "performanceId": "TRAVIATA-2027-03-01", "performanceName": "La Traviata",
                  "performanceStartsAt": "2027-03-01T19:30:00Z", "price": "82.50"}]"""));
        body.put("returnUrl", "http://localhost:8080/shop/return");
        body.put("cancelUrl", "http://localhost:8080/shop/cancel");
        PlatformApi.Answer answer = api.openCheckout(salesSystemToken(), "open-" + orderId, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return new Checkout(answer.json().get("id").asString(), answer.json().get("pageUrl").asString());
    }

    /** Types a card into the checkout's form that posts to the PSP, and comes back to the payment step with it entered. */
    static void enterCard(ChromiumBrowser browser, String number, String holder) {
        browser.type("#CN", holder);
        browser.type("#CARDNO", number);
        browser.type("#ED", "1230");
        browser.type("#CVC", CVV);
        browser.click("#use-card");
        browser.find("#pay-form #card-entered");
    }

    /** Signs in on the identity provider's form the page led to, and waits to be back on a page whose address holds {@code backTo}. */
    static void signInOnTheProvidersForm(ChromiumBrowser browser, String user, String password, String backTo) {
        browser.type("input[name=username]", user);
        browser.type("input[name=password]", password);
        browser.click("button[type=submit]");
        browser.waitForUrlContaining(backTo);
    }

    static void assertAccessible(ChromiumBrowser browser, String page) throws Exception {
        assertThat(browser.accessibilityViolations(AXE)).as("serious or critical axe-core violations on %s", page).isEmpty();
    }

    /** The names of the query and form parameters of a request. */
    private static List<String> parameters(ChromiumBrowser.NetworkRequest request) {
        String query = request.url().contains("?") ? request.url().substring(request.url().indexOf('?') + 1) : "";
        return Stream.of(query.split("&"), request.body().split("&"))
                .flatMap(Arrays::stream)
                .filter(pair -> !pair.isBlank())
                .map(pair -> URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))
                .toList();
    }

    /**
     * No request the browser sent to our services carries a card number (the PSP's redirect shows it masked)
     * or a CVV.
     */
    static void assertNoCardDataSentToUs(ChromiumBrowser browser) {
        List<ChromiumBrowser.NetworkRequest> ours = browser.requests().stream()
                .filter(request -> OUR_ORIGINS.stream().anyMatch(request.url()::startsWith))
                .toList();
        assertThat(ours).isNotEmpty();
        for (ChromiumBrowser.NetworkRequest request : ours) {
            String sent = request.url() + " " + request.body();
            assertThat(CardDataScanner.scan("a request to " + request.url(), sent)).isEmpty();
            assertThat(parameters(request)).as("a request to %s", request.url())
                    .noneMatch(parameter -> parameter.equalsIgnoreCase("CVC") || parameter.equalsIgnoreCase("CVV"));
        }
        assertThat(browser.requests()).anySatisfy(request -> assertThat(request.url()).startsWith("http://localhost:8090/"));
    }

    static CheckoutCompleted awaitCompleted(String sessionId) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> completedEvents(sessionId), events -> !events.isEmpty()).get(0);
    }

    static List<CheckoutCompleted> completedEvents(String sessionId) {
        return broker.read(EventCatalogue.CHECKOUT_COMPLETED.topic()).stream()
                .filter(record -> sessionId.equals(record.key()))
                .filter(record -> EventCatalogue.CHECKOUT_COMPLETED.name().equals(TopicReader.headerAsString(record, CloudEventHeaders.TYPE)))
                .map(record -> EventJson.read(record.value(), CheckoutCompleted.class))
                .toList();
    }

    static long salesInPspLedger(String pspOrderId) throws Exception {
        PlatformApi.Answer ledger = api.pspLedger(pspOrderId);
        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
        return ledger.json().valueStream().filter(entry -> "SAL".equals(entry.get("operation").asString())).count();
    }

    static String salesSystemToken() throws Exception {
        return api.clientToken("sales-system", "sales-system-secret");
    }

    /**
     * Every row of every table of the checkout, gateway and card-vault databases (DEMO credentials of the local
     * profile), as JSON text, to {@code check} with its {@code database.table}; returns how many rows were read.
     * Web sessions are left out: serialised Java objects, random digit runs with no text to read.
     */
    static int everyDatabaseRow(BiConsumer<String, String> check) throws Exception {
        int rows = 0;
        for (String database : List.of("checkout", "gateway", "cardvault")) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:5433/" + database,
                    "payments", "payments");
                 PreparedStatement tables = connection.prepareStatement(
                         "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
                                 + " and table_name <> 'web_session'");
                 ResultSet names = tables.executeQuery()) {
                while (names.next()) {
                    String table = names.getString(1);
                    try (PreparedStatement dump = connection.prepareStatement("select row_to_json(t)::text from \"" + table + "\" t");
                         ResultSet dumped = dump.executeQuery()) {
                        while (dumped.next()) {
                            rows++;
                            check.accept(database + "." + table, dumped.getString(1));
                        }
                    }
                }
            }
        }
        return rows;
    }
}
