package com.secutix.payments.localstack.endtoend;

import com.secutix.payments.localstack.identity.DemoPersonTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running stack's HTTP APIs at their local-stack addresses, called as the demo clients. */
final class PlatformApi {

    static final String IDENTITY_PROVIDER = "http://localhost:9000";
    static final String PAYMENT_GATEWAY = "http://localhost:8081";
    static final String CARD_VAULT = "http://localhost:8082";
    static final String PSP_SIMULATOR = "http://localhost:8090";
    static final String CHECKOUT = "http://localhost:8080";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: status, Content-Type and body. */
    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** A client_credentials access token of a demo client (DEMO secrets, local-stack/README.md). */
    String clientToken(String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Answer answer = send(HttpRequest.newBuilder(URI.create(IDENTITY_PROVIDER + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (answer.status() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + answer);
        }
        return answer.json().get("access_token").asString();
    }

    Answer payment(String token, String paymentId) throws IOException, InterruptedException {
        return send(authorized(PAYMENT_GATEWAY + "/payments/" + paymentId, token).GET());
    }

    Answer pay(String token, String idempotencyKey, JsonNode body) throws IOException, InterruptedException {
        return send(authorized(PAYMENT_GATEWAY + "/payments", token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer savedCards(String token, String customerId) throws IOException, InterruptedException {
        return send(authorized(CARD_VAULT + "/customers/" + customerId + "/cards", token).GET());
    }

    Answer openCheckout(String token, String idempotencyKey, JsonNode body) throws IOException, InterruptedException {
        return send(authorized(CHECKOUT + "/checkout-sessions", token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer checkoutSession(String token, String sessionId) throws IOException, InterruptedException {
        return send(authorized(CHECKOUT + "/checkout-sessions/" + sessionId, token).GET());
    }

    Answer changeCardPolicy(String adminToken, JsonNode policy) throws IOException, InterruptedException {
        return send(authorized(CARD_VAULT + "/card-policy", adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(policy))));
    }

    Answer pspLedger(String pspOrderId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(PSP_SIMULATOR + "/simulator/ledger?orderId="
                + URLEncoder.encode(pspOrderId, StandardCharsets.UTF_8))).GET());
    }

    Answer boxOfficeCards(String terminalToken, String customerId) throws IOException, InterruptedException {
        return send(authorized(CHECKOUT + "/box-office/customers/" + customerId + "/cards", terminalToken).GET());
    }

    Answer boxOfficePay(String terminalToken, String idempotencyKey, JsonNode body) throws IOException, InterruptedException {
        return send(authorized(CHECKOUT + "/box-office/payments", terminalToken)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer boxOfficeSecurityCodeForm(String terminalToken, String customerId, String cardId, String orderReference)
            throws IOException, InterruptedException {
        return send(authorized(CHECKOUT + "/box-office/customers/" + customerId + "/cards/" + cardId + "/security-code-forms",
                terminalToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("orderReference", orderReference)))));
    }

    /** The PSP's redirect after the box office's security code, passed on by the terminal with its token. */
    Answer boxOfficeSecurityCodeAccepted(String terminalToken, String redirectQuery) throws IOException, InterruptedException {
        return send(authorized(CHECKOUT + "/box-office/security-code-entries/accepted?" + redirectQuery, terminalToken).GET());
    }

    /**
     * Posts an Alias Gateway form to the PSP simulator as a terminal's browser would (the signed fields plus what the
     * person types); answers the query of the PSP's redirect.
     */
    String postToThePsp(JsonNode form, java.util.Map<String, String> typed) throws IOException, InterruptedException {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.get("fields").properties().forEach(field -> fields.put(field.getKey(), field.getValue().asString()));
        fields.putAll(typed);
        String encoded = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(form.get("action").asString()))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("the Alias Gateway did not redirect: " + redirect.statusCode()));
        return location.substring(location.indexOf('?') + 1);
    }

    /** The PSP simulator's view of an alias of a merchant (PSPID): brand, masked number, expiry, holder; 404 if unknown. */
    Answer pspAlias(String pspid, String alias) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(PSP_SIMULATOR + "/simulator/aliases/"
                + URLEncoder.encode(alias, StandardCharsets.UTF_8) + "?pspid=" + URLEncoder.encode(pspid, StandardCharsets.UTF_8))).GET());
    }

    /** The call centre's audit trail, as the tenant's admin reads it. */
    Answer operatorActions(String adminToken, String customerId) throws IOException, InterruptedException {
        return send(authorized(CHECKOUT + "/operator-actions?customerId=" + URLEncoder.encode(customerId, StandardCharsets.UTF_8),
                adminToken).GET());
    }

    /** A demo person's access token, signed in on the identity provider's login form. */
    static String personToken(String user, String password) throws IOException, InterruptedException {
        return DemoPersonTokens.accessToken(IDENTITY_PROVIDER, user, password);
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    static JsonMapper json() {
        return JSON;
    }

    private static HttpRequest.Builder authorized(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
