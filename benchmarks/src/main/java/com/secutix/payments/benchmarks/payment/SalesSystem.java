package com.secutix.payments.benchmarks.payment;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.secutix.payments.localstack.identity.DemoPersonTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-up the payments need, as the README's first flow does it: the demo sales system's token
 * (client credentials, DEMO secret), then a card for each of the benchmark's buyers, entered through the
 * gateway's one-time Alias Gateway form, posted to the PSP simulator as the buyer's browser would, and
 * registered to that buyer. The test card is the simulator's approved VISA (docs/conventions.md); it is
 * never printed.
 */
public final class SalesSystem {

    public static final String IDENTITY_PROVIDER = "http://localhost:9000";
    public static final String GATEWAY = "http://localhost:8081";
    public static final String SIMULATOR = "http://localhost:8090";
    public static final String CHECKOUT = "http://localhost:8080";
    public static final String VAULT = "http://localhost:8082";
    /**
     * How many buyers pay: a sale opening is many buyers paying once or twice each, not one buyer paying
     * hundreds of times a second, whose per-customer card-testing counter would be one hot row.
     */
    public static final int BUYERS = 64;
    private static final String CLIENT = "sales-system";
    private static final String DEMO_SECRET = "sales-system-secret";
    private static final String APPROVED_TEST_CARD = "4111111111111111";

    private final HttpClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    public SalesSystem(HttpClient client) {
        this.client = client;
    }

    public String token() throws IOException, InterruptedException {
        return clientToken(CLIENT, DEMO_SECRET);
    }

    private String clientToken(String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(IDENTITY_PROVIDER + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        return expect(answer, 200, "token").get("access_token").asString();
    }

    /** The demo box-office terminal's token (client credentials, DEMO secret): the box office of the same tenant. */
    public String boxOfficeToken() throws IOException, InterruptedException {
        return clientToken("box-office", "box-office-secret");
    }

    /**
     * The card the vault saved for each buyer who has one (each payment asked to save its card; a short run may not
     * have reached every buyer), read as the sales system once the vault caught up; at least one.
     */
    public List<SavedCardOfBuyer> savedCards(String token, List<Buyer> buyers) throws IOException, InterruptedException {
        List<SavedCardOfBuyer> saved = new ArrayList<>();
        for (Buyer buyer : buyers) {
            JsonNode cards = expect(client.send(HttpRequest.newBuilder(URI.create(VAULT + "/customers/" + buyer.customerId() + "/cards"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()), 200, "saved cards");
            if (!cards.isEmpty()) {
                saved.add(new SavedCardOfBuyer(buyer.customerId(), cards.get(0).get("id").asString()));
            }
        }
        if (saved.isEmpty()) {
            throw new IllegalStateException("the vault saved no card of the " + buyers.size() + " buyers");
        }
        return List.copyOf(saved);
    }

    /** A saved card for each of {@link #BUYERS} buyers. */
    public List<Buyer> buyersWithCards(String token) throws IOException, InterruptedException {
        List<Buyer> buyers = new ArrayList<>();
        for (int index = 1; index <= BUYERS; index++) {
            String customer = "bench-buyer-%02d".formatted(index);
            buyers.add(new Buyer(customer, enterCard(token, customer)));
        }
        return List.copyOf(buyers);
    }

    /** Enters the test card for the customer; answers its alias. */
    public String enterCard(String token, String customer) throws IOException, InterruptedException {
        String formRequest = json.writeValueAsString(Map.of("orderReference", "BENCH-CARD-ENTRY", "customerId", customer,
                "acceptUrl", "http://localhost:8080/card-entry/accepted", "exceptionUrl", "http://localhost:8080/card-entry/refused"));
        JsonNode form = expect(client.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/card-entry/forms"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formRequest)).build(), HttpResponse.BodyHandlers.ofString()), 201, "card-entry form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.get("fields").properties().forEach(field -> fields.put(field.getKey(), field.getValue().asString()));
        fields.putAll(Map.of("CARDNO", APPROVED_TEST_CARD, "CN", "Bench Buyer", "ED", "1230", "CVC", "123"));
        HttpResponse<String> redirect = client.send(HttpRequest.newBuilder(URI.create(form.get("action").asString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(fields))).build(), HttpResponse.BodyHandlers.ofString());
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("the Alias Gateway did not redirect (status " + redirect.statusCode() + ")"));
        JsonNode card = expect(client.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/card-entry/results"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(location.substring(location.indexOf('?') + 1))).build(),
                HttpResponse.BodyHandlers.ofString()), 200, "card-entry result");
        return card.get("alias").asString();
    }

    /**
     * The demo tenant's card policy set as a tenant that lets its buyers pay again with a card on file on the web
     * without typing its security code (one-click), the vault's default everywhere else: P-pay measures payments
     * with a card on file, not security-code entries, which the vault's default (the code on every web payment
     * after the card's first) would ask for. The tenant's admin sets it (the demo person adam, signed in on the
     * identity provider's form); the gateway learns it from {@code CardPolicyChanged}, which this waits for: a
     * second payment with the first buyer's alias is refused (422, the code asked) until then. Those payments are
     * the first buyer's, before any measurement.
     */
    public void oneClickOnTheWeb(String token, Buyer buyer) throws IOException, InterruptedException {
        String admin = DemoPersonTokens.accessToken(IDENTITY_PROVIDER, "adam", "adam-demo");
        expect(client.send(HttpRequest.newBuilder(URI.create(VAULT + "/card-policy"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"savingEnabled": true, "maxSavedCardsPerCustomer": 5, "atLimit": "KEEP_EXISTING_CARDS",
                         "cvvForSavedCards": {"WEB": {"rule": "NEVER"}, "MOBILE": {"rule": "ALWAYS"},
                                              "CALL_CENTRE": {"rule": "ALWAYS"}, "BOX_OFFICE": {"rule": "NEVER"}}}""")).build(),
                HttpResponse.BodyHandlers.ofString()), 200, "card policy");
        Instant giveUp = Instant.now().plusSeconds(60);
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> paid = client.send(new PaymentTarget(token, List.of(buyer), "policy").request(attempt),
                    HttpResponse.BodyHandlers.ofString());
            if (paid.statusCode() == 201 && attempt > 0) {
                return;
            }
            if ((paid.statusCode() != 201 && paid.statusCode() != 422) || Instant.now().isAfter(giveUp)) {
                expect(paid, 201, "a payment on file once the gateway has the new card policy");
            }
            Thread.sleep(250);
        }
    }

    /** The PSP simulator answers at once (its latency setting to 0 ms): throughput, not a realistic PSP. */
    public void simulatorWithoutLatency() throws IOException, InterruptedException {
        expect(client.send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/simulator/settings"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"latencyMinMs\":0,\"latencyMaxMs\":0}")).build(),
                HttpResponse.BodyHandlers.ofString()), 200, "simulator settings");
    }

    static String formEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private JsonNode expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return answer.body().isBlank() ? json.createObjectNode() : json.readTree(answer.body());
    }
}
