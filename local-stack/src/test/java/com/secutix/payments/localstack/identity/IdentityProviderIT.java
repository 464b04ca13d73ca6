package com.secutix.payments.localstack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderIT {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void issues_a_sales_system_token_carrying_its_tenant_and_roles_signed_with_the_published_key() throws Exception {
        String token = clientCredentialsToken("sales-system", "sales-system-secret");

        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build().decode(token);

        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getSubject()).isEqualTo("sales-system");
        assertThat(jwt.getClaimAsString("tenant_id")).isEqualTo("demo-theatre");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("sales_system");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("http://localhost:9000");
    }

    @Test
    void gives_the_box_office_client_its_own_role() throws Exception {
        String token = clientCredentialsToken("box-office", "box-office-secret");

        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build().decode(token);

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("box_office");
    }

    @Test
    void refuses_a_client_with_a_wrong_secret() throws Exception {
        HttpResponse<String> response = requestToken("sales-system", "not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void publishes_an_rsa_signing_key_and_the_openid_configuration() throws Exception {
        HttpResponse<String> jwks = get("/oauth2/jwks");
        HttpResponse<String> discovery = get("/.well-known/openid-configuration");

        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains("\"kty\":\"RSA\"").contains("\"kid\"");
        assertThat(discovery.body()).contains("\"issuer\":\"http://localhost:9000\"");
    }

    @Test
    void offers_a_login_page_to_people() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("username").contains("password");
    }

    private String clientCredentialsToken(String clientId, String secret) throws Exception {
        HttpResponse<String> response = requestToken(clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> requestToken(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
