package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.OgoneStub.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.events.EventJson;
import com.secutix.payments.testsupport.BadInputSweep;
import com.secutix.payments.testsupport.BadInputSweep.Probe;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of the gateway against a table of bad requests, sent byte for byte: each is refused with a
 * clean problem+json answer (no 5xx, the expected status, no internal class named, no card number echoed),
 * and none of them changes anything: no payment, no card entry redeemed, no alias registered, no
 * Idempotency-Key stored, no order sent to the PSP.
 */
class BadInputSweepIT extends GatewayIntegrationTest {

    private static final String CARD_NUMBER = "4111111111111111";

    @LocalServerPort
    private int port;

    private final String customer = "customer-" + UUID.randomUUID();
    private final String salesSystem = TestTokens.salesSystem(Tenants.DEMO);
    private final String customerToken = TestTokens.customer(Tenants.DEMO, customer);

    @Test
    void no_bad_request_gets_a_server_error_or_changes_anything() {
        new OgoneStub(ogone).orderAnswers(status(9, "3019001"));
        String alias = cardOnFile(customer);
        String victimsAlias = cardOnFile("victim-" + UUID.randomUUID());
        UUID victimsSavedCard = savedCardOnFile(Tenants.DEMO, "victim-" + UUID.randomUUID());
        UUID ownSavedCard = savedCardOnFile(Tenants.DEMO, customer);
        List<Probe> probes = new ArrayList<>();
        probes.addAll(paymentProbes(alias, victimsAlias));
        probes.addAll(savedCardPaymentProbes(alias, victimsSavedCard, ownSavedCard));
        probes.addAll(checkoutProbes(alias));
        probes.addAll(cardEntryFormProbes(victimsAlias, victimsSavedCard));
        probes.addAll(cardEntryResultProbes());
        probes.addAll(readingProbes());
        probes.addAll(buyerReturnProbes());
        probes.addAll(protocolProbes());
        Map<String, Long> before = state();

        List<String> flaws = BadInputSweep.sweep(port, probes);

        assertThat(probes).hasSizeGreaterThanOrEqualTo(150);
        assertThat(flaws).as("answers that are not clean problem refusals").isEmpty();
        assertThat(state()).as("what the sweep changed").isEqualTo(before);
        assertThat(new OgoneStub(ogone).orders()).as("orders sent to the PSP").isZero();
    }

    private Map<String, Long> state() {
        Map<String, Long> state = new LinkedHashMap<>();
        for (String table : List.of("payments", "psp_transactions", "card_registrations", "card_entry_forms",
                "saved_cards", "idempotency_keys", "outbox_events", "cvv_proofs", "card_policies")) {
            state.put(table, count("select count(*) from " + table, Map.of()));
        }
        state.put("redeemed card entries", count("select count(*) from card_entry_forms where redeemed_at is not null",
                Map.of()));
        state.put("used CVV proofs", count("select count(*) from cvv_proofs where used_at is not null", Map.of()));
        return state;
    }

    // --- POST /payments

    private Map<String, Object> sale(String alias) {
        return PaymentRequests.saleFor(customer, alias);
    }

    private Probe payment(String name, Map<String, Object> body, int expected) {
        return payment(name, new String(EventJson.write(body), StandardCharsets.UTF_8), expected);
    }

    private Probe payment(String name, String json, int expected) {
        return Probe.of("payment: " + name, "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(json).expect(expected);
    }

    private Probe paymentWith(String name, String alias, Consumer<Map<String, Object>> change, int expected) {
        Map<String, Object> body = sale(alias);
        change.accept(body);
        return payment(name, body, expected);
    }

    /** Payments naming a saved card by its id: malformed ids, both ways to name a card, another's card. */
    private List<Probe> savedCardPaymentProbes(String alias, UUID victimsSavedCard, UUID ownSavedCard) {
        List<Probe> probes = new ArrayList<>();
        Object[] badCardIds = {"", " ", "not-a-uuid", "1-2-3-4-5", UUID.randomUUID().toString().replace("-", ""),
            "{" + UUID.randomUUID() + "}", UUID.randomUUID() + " ", CARD_NUMBER, "<script>", 42, true,
            List.of(UUID.randomUUID().toString()), Map.of("id", UUID.randomUUID().toString())};
        for (Object bad : badCardIds) {
            probes.add(paymentWith("cardId " + bad, alias, body -> {
                body.remove("alias");
                body.put("cardId", bad);
            }, 400));
        }
        probes.add(paymentWith("alias and cardId", alias, body -> body.put("cardId", UUID.randomUUID().toString()),
                400));
        probes.add(paymentWith("another customer's saved card", alias, body -> {
            body.remove("alias");
            body.put("cardId", victimsSavedCard.toString());
        }, 404));
        probes.add(paymentWith("a saved card nobody has", alias, body -> {
            body.remove("alias");
            body.put("cardId", UUID.randomUUID().toString());
        }, 404));
        probes.add(paymentWith("the customer's saved card without its security code typed again", alias, body -> {
            body.remove("alias");
            body.put("cardId", ownSavedCard.toString());
        }, 422));
        return probes;
    }

    // --- the checkout's X-Buyer-Address

    private List<Probe> checkoutProbes(String alias) {
        String checkout = TestTokens.builder().subject("checkout-bff").tenant(Tenants.DEMO).roles("checkout").mint();
        String payment = new String(EventJson.write(sale(alias)), StandardCharsets.UTF_8);
        Map<String, Object> formBody = CardEntryIT.formRequest();
        formBody.put("customerId", customer);
        String form = new String(EventJson.write(formBody), StandardCharsets.UTF_8);
        String redirect = encoded(CardEntryIT.signedRedirect(CardEntryIT.feedback(Map.of(
                "ALIAS", "6F1C2B3A4D5E6F708192A3B4C5D6E7F8", "ORDERID", "C0000000000000000000000001"), "0")));
        List<Probe> probes = new ArrayList<>();
        String[][] badAddresses = {{}, {"203.0.113.7", "203.0.113.8"}, {""}, {"not an address"}, {"example.com"},
            {"203.0.113.7, 203.0.113.8"}, {"203.0.113.256"}, {"[2001:db8::1]"}, {"fe80::1%eth0"}, {CARD_NUMBER},
            {"<script>"}};
        for (String[] addresses : badAddresses) {
            String name = " with X-Buyer-Address " + String.join(" | ", addresses);
            Probe pay = Probe.of("checkout payment" + name, "POST", "/payments").bearer(checkout)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).json(payment).expect(400);
            Probe openForm = Probe.of("checkout card-entry form" + name, "POST", "/card-entry/forms").bearer(checkout)
                    .json(form).expect(400);
            Probe readResult = Probe.of("checkout card-entry result" + name, "POST", "/card-entry/results")
                    .bearer(checkout).form(redirect).expect(400);
            for (String address : addresses) {
                pay = pay.header("X-Buyer-Address", address);
                openForm = openForm.header("X-Buyer-Address", address);
                readResult = readResult.header("X-Buyer-Address", address);
            }
            probes.add(pay);
            probes.add(openForm);
            probes.add(readResult);
        }
        return probes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> browserOf(Map<String, Object> body) {
        return (Map<String, Object>) ((Map<String, Object>) body.get("threeDSecure")).get("browser");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> threeDSecureOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("threeDSecure");
    }

    private List<Probe> paymentProbes(String alias, String victimsAlias) {
        List<Probe> probes = new ArrayList<>();
        String valid = new String(EventJson.write(sale(alias)), StandardCharsets.UTF_8);
        Object[][] amounts = {{"1e3"}, {" 5.00"}, {"5.00 "}, {"-5.00"}, {"+5.00"}, {"0"}, {"0.00"}, {"82.505"},
            {""}, {"NaN"}, {"Infinity"}, {"0x10"}, {"1,00"}, {"5."}, {".5"}, {"１２"}, {"1" + "0".repeat(30)},
            {1000}, {82.5}, {true}, {List.of("82.50")}, {Map.of("value", "82.50")}};
        for (Object[] amount : amounts) {
            probes.add(paymentWith("amount " + amount[0], alias, body -> body.put("amount", amount[0]), 400));
        }
        String[] currencies = {"EURO", "eur", "", "XXX1", "E U", "€"};
        for (String currency : currencies) {
            probes.add(paymentWith("currency " + currency, alias, body -> body.put("currency", currency), 400));
        }
        probes.add(paymentWith("currency missing", alias, body -> body.remove("currency"), 400));
        probes.add(paymentWith("BHD with 3 decimals", alias, body -> {
            body.put("currency", "BHD");
            body.put("amount", "1.234");
        }, 400));
        String[] badAliases = {"", " ", "A".repeat(51), "alias with spaces", "<script>", CARD_NUMBER, "a&b=c"};
        for (String bad : badAliases) {
            probes.add(paymentWith("alias " + bad, alias, body -> body.put("alias", bad), 400));
        }
        probes.add(paymentWith("alias missing", alias, body -> body.remove("alias"), 400));
        probes.add(paymentWith("another customer's alias", victimsAlias, body -> { }, 404));
        probes.add(paymentWith("an alias nobody has", "ALIAS-NOBODY-HAS", body -> { }, 404));
        String[] badTexts = {"R".repeat(65), "ORD\u0000-1", "ORD\u202E-1", "<b>ORD</b>", CARD_NUMBER,
            "ORD\n1", "4111 1111 1111 1111"};
        for (String bad : badTexts) {
            probes.add(paymentWith("orderReference " + bad, alias, body -> body.put("orderReference", bad), 400));
            probes.add(paymentWith("customerId " + bad, alias, body -> body.put("customerId", bad), 400));
        }
        probes.add(paymentWith("orderReference missing", alias, body -> body.remove("orderReference"), 400));
        probes.add(paymentWith("customerId missing", alias, body -> body.remove("customerId"), 400));
        for (Object channel : new Object[] {"FAX", "web", 7, 1, ""}) {
            probes.add(paymentWith("channel " + channel, alias, body -> body.put("channel", channel), 400));
        }
        probes.add(paymentWith("channel BOX_OFFICE for the sales system", alias,
                body -> body.put("channel", "BOX_OFFICE"), 403));
        probes.add(paymentWith("channel CALL_CENTRE for the sales system", alias,
                body -> body.put("channel", "CALL_CENTRE"), 403));
        probes.add(paymentWith("channel missing", alias, body -> body.remove("channel"), 400));
        probes.add(paymentWith("operation REFUND", alias, body -> body.put("operation", "REFUND"), 400));
        for (Object saveCard : new Object[] {"yes", "true", 1}) {
            probes.add(paymentWith("saveCard " + saveCard, alias, body -> body.put("saveCard", saveCard), 400));
        }
        for (Object notText : new Object[] {42, 4.2, true}) {
            probes.add(paymentWith("orderReference " + notText, alias, body -> body.put("orderReference", notText), 400));
        }
        probes.add(paymentWith("unknown field", alias, body -> body.put("discount", "100%"), 400));
        probes.add(paymentWith("cvv field", alias, body -> body.put("cvv", "123"), 400));
        probes.add(paymentWith("card number field", alias, body -> body.put("cardNumber", CARD_NUMBER), 400));
        probes.add(paymentWith("card field", alias, body -> body.put("card", Map.of("maskedNumber", CARD_NUMBER)), 400));
        probes.add(paymentWith("card number as a field name", alias, body -> body.put(CARD_NUMBER, "x"), 400));
        probes.add(paymentWith("threeDSecure missing", alias, body -> body.remove("threeDSecure"), 400));
        probes.add(paymentWith("threeDSecure a string", alias, body -> body.put("threeDSecure", "yes"), 400));
        for (String url : new String[] {"javascript:alert(1)", "https://phishing.example/x", "/relative",
            "https://user:pw@shop.example/x", "https://shop.example/" + "x".repeat(300), "not a url"}) {
            probes.add(paymentWith("3-D Secure acceptUrl " + url, alias,
                    body -> threeDSecureOf(body).put("acceptUrl", url), 400));
        }
        probes.add(paymentWith("3-D Secure declineUrl missing", alias,
                body -> threeDSecureOf(body).remove("declineUrl"), 400));
        probes.add(paymentWith("3-D Secure browser missing", alias,
                body -> threeDSecureOf(body).remove("browser"), 400));
        Object[][] browserFields = {{"colorDepth", 23}, {"colorDepth", "twenty-four"}, {"colorDepth", "24"}, {"screenWidth", "1920"}, {"screenHeight", -1},
            {"screenWidth", 0}, {"timeZoneOffsetMinutes", 5000}, {"language", "fr_CH!!"}, {"language", ""},
            {"userAgent", "x".repeat(3000)}, {"acceptHeader", null}, {"javaEnabled", "no"},
            {"userAgent", "Mozilla " + CARD_NUMBER}};
        for (Object[] field : browserFields) {
            probes.add(paymentWith("browser " + field[0] + " " + field[1], alias,
                    body -> browserOf(body).put((String) field[0], field[1]), 400));
        }
        probes.add(payment("duplicated key amount", valid.replaceFirst("\"amount\":\"82.50\"",
                "\"amount\":\"1.00\",\"amount\":\"1000.00\""), 400));
        probes.add(payment("duplicated key alias", valid.replaceFirst("\\{", "{\"alias\":\"X\","), 400));
        probes.add(payment("duplicated key in a nested object", valid.replaceFirst("\"colorDepth\":24",
                "\"colorDepth\":24,\"colorDepth\":32"), 400));
        probes.add(payment("trailing garbage", valid + "{}", 400));
        probes.add(payment("malformed JSON", "{\"alias\": ", 400));
        probes.add(payment("a JSON array", "[" + valid + "]", 400));
        probes.add(payment("a JSON string", "\"pay\"", 400));
        probes.add(payment("JSON null", "null", 400));
        probes.add(payment("empty body", "", 400));
        probes.add(payment("deeply nested JSON", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}", 400));
        probes.add(Probe.of("payment: not UTF-8", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .body(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}).expect(400));
        probes.add(Probe.of("payment: no Idempotency-Key", "POST", "/payments").bearer(salesSystem).json(valid)
                .expect(400));
        probes.add(Probe.of("payment: two Idempotency-Keys", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", "key-a-" + UUID.randomUUID()).header("Idempotency-Key", "key-b-" + UUID.randomUUID())
                .json(valid).expect(400));
        probes.add(Probe.of("payment: Idempotency-Key with a comma", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", "a," + UUID.randomUUID()).json(valid).expect(400));
        probes.add(Probe.of("payment: Idempotency-Key of 300 characters", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", "k".repeat(300)).json(valid).expect(400));
        probes.add(Probe.of("payment: Idempotency-Key with a space", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", "my key " + UUID.randomUUID()).json(valid).expect(400));
        probes.add(Probe.of("payment: two Authorization headers", "POST", "/payments").bearer(salesSystem)
                .bearer(TestTokens.operator(Tenants.DEMO)).header("Idempotency-Key", UUID.randomUUID().toString())
                .json(valid).expect(400));
        probes.add(Probe.of("payment: two Content-Type headers", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "text/plain")
                .json(valid).expect(400));
        probes.add(Probe.of("payment: text/plain", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "text/plain")
                .body(valid.getBytes(StandardCharsets.UTF_8)).expect(415));
        probes.add(Probe.of("payment: a form body", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", UUID.randomUUID().toString()).form("alias=" + alias).expect(415));
        probes.add(Probe.of("payment: 5 MB body", "POST", "/payments").bearer(salesSystem)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .json("{\"alias\":\"" + "A".repeat(5 * 1024 * 1024) + "\"}").expect(413));
        probes.add(Probe.of("payment: no token", "POST", "/payments")
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(valid).expect(401));
        probes.add(Probe.of("payment: expired token", "POST", "/payments").bearer(TestTokens.expired(Tenants.DEMO, "x"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(valid).expect(401));
        probes.add(Probe.of("payment: token signed by another key", "POST", "/payments")
                .bearer(TestTokens.signedByAnotherKey(Tenants.DEMO, "x"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(valid).expect(401));
        probes.add(Probe.of("payment: not a bearer token", "POST", "/payments").header("Authorization", "Basic eDp5")
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(valid).expect(401));
        probes.add(Probe.of("payment: a garbage token", "POST", "/payments").bearer("not.a.token")
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(valid).expect(401));
        probes.add(Probe.of("payment: a customer's token", "POST", "/payments").bearer(customerToken)
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(valid).expect(403));
        probes.add(Probe.of("payment: an admin's token", "POST", "/payments").bearer(TestTokens.admin(Tenants.DEMO))
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(valid).expect(403));
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            probes.add(Probe.of("payment: " + method, method, "/payments").bearer(salesSystem).json(valid).expect(405));
        }
        return probes;
    }

    // --- POST /card-entry/forms

    private Probe form(String name, String token, Map<String, Object> body, int expected) {
        return Probe.of("card-entry form: " + name, "POST", "/card-entry/forms").bearer(token)
                .json(new String(EventJson.write(body), StandardCharsets.UTF_8)).expect(expected);
    }

    private Probe formWith(String name, Consumer<Map<String, Object>> change, int expected) {
        Map<String, Object> body = CardEntryIT.formRequest();
        change.accept(body);
        return form(name, customerToken, body, expected);
    }

    private List<Probe> cardEntryFormProbes(String victimsAlias, UUID victimsSavedCard) {
        List<Probe> probes = new ArrayList<>();
        for (String field : new String[] {"acceptUrl", "exceptionUrl"}) {
            for (String url : new String[] {"javascript:alert(1)", "https://phishing.example/collect", "/relative",
                "https://user:pw@shop.example/x", "https://shop.example/" + "x".repeat(300), "ftp://shop.example/",
                "https://shop.example.phishing.example/", ""}) {
                probes.add(formWith(field + " " + url, body -> body.put(field, url), 400));
            }
            probes.add(formWith(field + " missing", body -> body.remove(field), 400));
        }
        for (String bad : new String[] {"R".repeat(65), "ORD\u202E1", CARD_NUMBER, " ", "ORD\r\n1"}) {
            probes.add(formWith("orderReference " + bad, body -> body.put("orderReference", bad), 400));
        }
        probes.add(formWith("another customer", body -> body.put("customerId", "someone-else"), 400));
        probes.add(formWith("another customer's alias", body -> body.put("alias", victimsAlias), 404));
        probes.add(formWith("an alias of the caller's choosing", body -> body.put("alias", "MY-ALIAS"), 404));
        probes.add(formWith("alias with markup", body -> body.put("alias", "<x>"), 400));
        for (Object bad : new Object[] {"", "not-a-uuid", "1-2-3-4-5", CARD_NUMBER, 42, List.of("x")}) {
            probes.add(formWith("cardId " + bad, body -> body.put("cardId", bad), 400));
        }
        probes.add(formWith("an alias and a cardId", body -> {
            body.put("alias", victimsAlias);
            body.put("cardId", UUID.randomUUID().toString());
        }, 400));
        probes.add(formWith("another customer's saved card", body -> body.put("cardId", victimsSavedCard.toString()),
                404));
        probes.add(formWith("a saved card nobody has", body -> body.put("cardId", UUID.randomUUID().toString()), 404));
        for (Object bad : new Object[] {"", "not-a-uuid", CARD_NUMBER, 42, List.of("x")}) {
            probes.add(formWith("updatesCardId " + bad, body -> body.put("updatesCardId", bad), 400));
        }
        probes.add(formWith("an alias and an updatesCardId", body -> {
            body.put("alias", victimsAlias);
            body.put("updatesCardId", UUID.randomUUID().toString());
        }, 400));
        probes.add(formWith("another customer's saved card to update",
                body -> body.put("updatesCardId", victimsSavedCard.toString()), 404));
        probes.add(formWith("a saved card nobody has to update",
                body -> body.put("updatesCardId", UUID.randomUUID().toString()), 404));
        probes.add(formWith("paramPlus too long", body -> body.put("paramPlus", "p".repeat(1001)), 400));
        probes.add(formWith("card number field", body -> body.put("CARDNO", CARD_NUMBER), 400));
        probes.add(formWith("cvc field", body -> body.put("CVC", "123"), 400));
        probes.add(form("staff without a customer", salesSystem, CardEntryIT.formRequest(), 400));
        probes.add(form("an admin", TestTokens.admin(Tenants.DEMO), CardEntryIT.formRequest(), 403));
        String valid = new String(EventJson.write(CardEntryIT.formRequest()), StandardCharsets.UTF_8);
        probes.add(Probe.of("card-entry form: duplicated key", "POST", "/card-entry/forms").bearer(customerToken)
                .json(valid.replaceFirst("\\{", "{\"acceptUrl\":\"https://phishing.example/\",")).expect(400));
        probes.add(Probe.of("card-entry form: malformed JSON", "POST", "/card-entry/forms").bearer(customerToken)
                .json("{\"orderReference\":").expect(400));
        probes.add(Probe.of("card-entry form: no token", "POST", "/card-entry/forms").json(valid).expect(401));
        probes.add(Probe.of("card-entry form: text/plain", "POST", "/card-entry/forms").bearer(customerToken)
                .header("Content-Type", "text/plain").body(valid.getBytes(StandardCharsets.UTF_8)).expect(415));
        probes.add(Probe.of("card-entry form: GET", "GET", "/card-entry/forms").bearer(customerToken).expect(405));
        return probes;
    }

    // --- POST /card-entry/results

    private Probe result(String name, String formBody, int expected) {
        return Probe.of("card-entry result: " + name, "POST", "/card-entry/results").bearer(customerToken)
                .form(formBody).expect(expected);
    }

    private static String encoded(Map<String, String> parameters) {
        StringBuilder body = new StringBuilder();
        parameters.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private List<Probe> cardEntryResultProbes() {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> fields = Map.of("ALIAS", "6F1C2B3A4D5E6F708192A3B4C5D6E7F8",
                "ORDERID", "C0000000000000000000000001");
        Map<String, String> unknownForm = CardEntryIT.signedRedirect(CardEntryIT.feedback(fields, "0"));
        probes.add(result("a signed redirect for a form nobody opened", encoded(unknownForm), 404));
        Map<String, String> forged = new LinkedHashMap<>(unknownForm);
        forged.put("ALIAS", "SOMEONE-ELSES");
        probes.add(result("a forged redirect", encoded(forged), 400));
        Map<String, String> unsigned = new LinkedHashMap<>(unknownForm);
        unsigned.remove("SHASIGN");
        probes.add(result("a redirect without signature", encoded(unsigned), 400));
        Map<String, String> notOurs = CardEntryIT.signedRedirect(CardEntryIT.feedback(Map.of("ALIAS", "A1",
                "ORDERID", "ORD-42"), "0"));
        probes.add(result("an ORDERID not of ours", encoded(notOurs), 400));
        Map<String, String> strangeStatus = CardEntryIT.feedback(fields, "7");
        probes.add(result("STATUS 7", encoded(CardEntryIT.signedRedirect(strangeStatus)), 400));
        Map<String, String> fullNumber = CardEntryIT.feedback(fields, "0");
        fullNumber.put("CARDNO", CARD_NUMBER);
        probes.add(result("a full card number", encoded(CardEntryIT.signedRedirect(fullNumber)), 400));
        Map<String, String> markup = CardEntryIT.feedback(fields, "0");
        markup.put("CN", "<img src=x onerror=alert(1)>");
        probes.add(result("a holder name with markup", encoded(CardEntryIT.signedRedirect(markup)), 400));
        probes.add(result("a parameter given twice", encoded(unknownForm) + "&STATUS=0", 400));
        probes.add(result("a parameter given twice in another case", encoded(unknownForm) + "&status=0", 400));
        probes.add(result("bad percent-encoding", "ALIAS=%zz&STATUS=0", 400));
        probes.add(result("a lone percent", "ALIAS=%&STATUS=0", 400));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            many.append("P").append(i).append("=x&");
        }
        probes.add(result("120 parameters", many.toString(), 400));
        probes.add(result("empty body", "", 400));
        probes.add(Probe.of("card-entry result: JSON without parameters", "POST", "/card-entry/results")
                .bearer(customerToken).json("{}").expect(400));
        probes.add(Probe.of("card-entry result: JSON parameters as a list", "POST", "/card-entry/results")
                .bearer(customerToken).json("{\"parameters\":[1,2]}").expect(400));
        probes.add(Probe.of("card-entry result: duplicated JSON key", "POST", "/card-entry/results")
                .bearer(customerToken).json("{\"parameters\":{\"ALIAS\":\"A\",\"ALIAS\":\"B\"}}").expect(400));
        probes.add(Probe.of("card-entry result: no token", "POST", "/card-entry/results")
                .form(encoded(unknownForm)).expect(401));
        probes.add(Probe.of("card-entry result: an admin", "POST", "/card-entry/results")
                .bearer(TestTokens.admin(Tenants.DEMO)).form(encoded(unknownForm)).expect(403));
        probes.add(Probe.of("card-entry result: text/plain", "POST", "/card-entry/results").bearer(customerToken)
                .header("Content-Type", "text/plain").body("ALIAS=A".getBytes(StandardCharsets.UTF_8)).expect(415));
        return probes;
    }

    // --- GET /payments/{id}

    private Probe read(String name, String target, int expected) {
        return Probe.of("read: " + name, "GET", target).bearer(salesSystem).expect(expected);
    }

    private List<Probe> readingProbes() {
        List<Probe> probes = new ArrayList<>();
        probes.add(read("an unknown id", "/payments/" + UUID.randomUUID(), 404));
        probes.add(read("not an id", "/payments/not-an-id", 404));
        probes.add(read("a card number as id", "/payments/" + CARD_NUMBER, 404));
        probes.add(read("a spaced card number as id", "/payments/4111%201111%201111%201111", 404));
        probes.add(read("a very long id", "/payments/" + "9".repeat(3000), 404));
        probes.add(read("bad percent-encoding", "/payments/%zz", 400));
        probes.add(read("an encoded slash", "/payments/..%2F..%2Factuator%2Fenv", 400));
        probes.add(read("an encoded NUL", "/payments/%00", 400));
        probes.add(Probe.of("read: no token", "GET", "/payments/" + UUID.randomUUID()).expect(401));
        probes.add(Probe.of("read: an admin", "GET", "/payments/" + UUID.randomUUID())
                .bearer(TestTokens.admin(Tenants.DEMO)).expect(403));
        probes.add(Probe.of("read: a token without tenant", "GET", "/payments/" + UUID.randomUUID())
                .bearer(TestTokens.withoutTenant("x", TestTokens.SALES_SYSTEM)).expect(401));
        probes.add(Probe.of("read: POST on a payment", "POST", "/payments/" + UUID.randomUUID()).bearer(salesSystem)
                .json("{}").expect(405));
        return probes;
    }

    // --- POST /payments/{id}/buyer-return

    private Probe buyerReturn(String name, String path, String json, int expected) {
        Probe probe = Probe.of("buyer return: " + name, "POST", path).bearer(salesSystem);
        return (json == null ? probe : probe.json(json)).expect(expected);
    }

    private List<Probe> buyerReturnProbes() {
        String unknown = "/payments/" + UUID.randomUUID() + "/buyer-return";
        List<Probe> probes = new ArrayList<>();
        probes.add(buyerReturn("an unknown id", unknown, "{\"parameters\":{\"STATUS\":\"9\"}}", 404));
        probes.add(buyerReturn("an unknown id, no body", unknown, null, 404));
        probes.add(buyerReturn("not an id", "/payments/not-an-id/buyer-return", "{}", 404));
        probes.add(buyerReturn("a card number as id", "/payments/" + CARD_NUMBER + "/buyer-return", "{}", 404));
        // card data in a JSON body is refused by the platform before anything is looked up (NoCardDataInRequests)
        probes.add(buyerReturn("a card number in the redirect", unknown,
                "{\"parameters\":{\"CARDNO\":\"" + CARD_NUMBER + "\"}}", 400));
        probes.add(buyerReturn("malformed JSON", unknown, "{\"parameters\":", 400));
        probes.add(buyerReturn("a parameter given twice", unknown,
                "{\"parameters\":{\"STATUS\":\"2\",\"STATUS\":\"9\"}}", 400));
        probes.add(buyerReturn("parameters not an object", unknown, "{\"parameters\":[\"STATUS=9\"]}", 400));
        probes.add(buyerReturn("a parameter as a number", unknown, "{\"parameters\":{\"STATUS\":9}}", 400));
        probes.add(Probe.of("buyer return: text/plain", "POST", unknown).bearer(salesSystem)
                .header("Content-Type", "text/plain").body("STATUS=9".getBytes(StandardCharsets.UTF_8)).expect(415));
        probes.add(Probe.of("buyer return: a customer", "POST", unknown).bearer(customerToken).json("{}").expect(403));
        probes.add(Probe.of("buyer return: an admin", "POST", unknown).bearer(TestTokens.admin(Tenants.DEMO))
                .json("{}").expect(403));
        probes.add(Probe.of("buyer return: no token", "POST", unknown).json("{}").expect(401));
        probes.add(Probe.of("buyer return: GET", "GET", unknown).bearer(salesSystem).expect(405));
        return probes;
    }

    // --- anything

    private List<Probe> protocolProbes() {
        List<Probe> probes = new ArrayList<>();
        probes.add(Probe.of("an unknown path", "GET", "/nothing-here").bearer(salesSystem).expect(404));
        probes.add(Probe.of("an unknown path without token", "GET", "/nothing-here").expect(401));
        probes.add(Probe.of("a card number in the path", "GET", "/" + CARD_NUMBER).bearer(salesSystem).expect(404));
        probes.add(Probe.of("a 10 kB path", "GET", "/payments/" + "a".repeat(10_000)).bearer(salesSystem).expect(0));
        probes.add(Probe.of("a 20 kB header", "GET", "/payments/" + UUID.randomUUID()).bearer(salesSystem)
                .header("X-Padding", "p".repeat(20_000)).expect(431));
        probes.add(Probe.of("a 20 kB token", "GET", "/payments/" + UUID.randomUUID()).bearer("t".repeat(20_000))
                .expect(0));
        probes.add(Probe.of("actuator env without admin", "GET", "/actuator/env").bearer(salesSystem).expect(0));
        probes.add(Probe.of("actuator env without token", "GET", "/actuator/env").expect(0));
        probes.add(Probe.of("actuator loggers without token", "POST", "/actuator/loggers/ROOT")
                .json("{\"configuredLevel\":\"TRACE\"}").expect(0));
        return probes;
    }
}
