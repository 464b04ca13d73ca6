package com.secutix.payments.localstack.endtoend;

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
