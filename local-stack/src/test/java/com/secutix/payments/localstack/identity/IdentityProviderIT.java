package com.secutix.payments.localstack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderIT {

    private static final String COMMAND_LINE_SECTION = "### A person's token from the command line";
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
        assertThat(jwt.getAudience()).containsExactlyInAnyOrder(
                "payment-gateway-service", "card-vault-service", "installment-service", "refund-service", "checkout-bff");
        assertThat(jwt.getExpiresAt()).isNotNull();
    }

    @Test
    void gives_the_second_demo_tenant_its_own_clients() throws Exception {
        for (String client : List.of("stadium-sales-system", "stadium-box-office")) {
            Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build()
                    .decode(clientCredentialsToken(client, client + "-secret"));

            assertThat(jwt.getSubject()).isEqualTo(client);
            assertThat(jwt.getClaimAsString("tenant_id")).isEqualTo("demo-stadium");
        }
    }

    @Test
    void the_readme_commands_give_a_buyer_an_access_token_for_the_services_and_an_id_token_without_tenant_or_roles() throws Exception {
        Tokens tokens = personsTokensFromTheReadme("alice", "alice-demo");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build();

        Jwt access = decoder.decode(tokens.access());
        assertThat(access.getSubject()).isEqualTo("alice");
        assertThat(access.getClaimAsString("tenant_id")).isEqualTo("demo-theatre");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("customer");
        assertThat(access.getAudience()).contains("card-vault-service", "payment-gateway-service").doesNotContain("demo-cli");
        assertThat(access.hasClaim("azp")).isFalse();
        assertThat(access.hasClaim("nonce")).isFalse();

        Jwt id = decoder.decode(tokens.id());
        assertThat(id.getSubject()).isEqualTo("alice");
        assertThat(id.getAudience()).containsExactly("demo-cli");
        assertThat(id.hasClaim("tenant_id")).isFalse();
        assertThat(id.hasClaim("roles")).isFalse();
        assertThat(id.getClaimAsString("azp")).isEqualTo("demo-cli");
    }

    @Test
    void the_readme_commands_give_an_operator_of_the_second_tenant_a_token() throws Exception {
        Jwt access = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build()
                .decode(personsTokensFromTheReadme("oscar", "oscar-demo").access());

        assertThat(access.getSubject()).isEqualTo("oscar");
        assertThat(access.getClaimAsString("tenant_id")).isEqualTo("demo-stadium");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("operator");
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

    private record Tokens(String access, String id) {
    }

    /** The bash block under "### A person's token from the command line" of local-stack/README.md, run as written. */
    private Tokens personsTokensFromTheReadme(String user, String password) throws Exception {
        Path work = Files.createTempDirectory("readme-token");
        String trailer = "\nprintf '%s' \"$TOKEN\" > access_token\njq -r .id_token <<<\"$TOKENS\" > id_token\n";
        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-s").directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("output.txt").toFile());
        builder.environment().putAll(Map.of("IDP", "http://localhost:" + port, "USER_NAME", user, "USER_PASSWORD", password));
        Process bash = builder.start();
        try (var stdin = bash.getOutputStream()) {
            stdin.write((commandLineBlock() + trailer).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(work.resolve("output.txt"));
        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).as("the README prints the access token's claims").contains("\"tenant_id\"");
        return new Tokens(Files.readString(work.resolve("access_token")).strip(), Files.readString(work.resolve("id_token")).strip());
    }

    private static String commandLineBlock() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int heading = lines.indexOf(COMMAND_LINE_SECTION);
        assertThat(heading).as("README.md has the section " + COMMAND_LINE_SECTION).isNotNegative();
        int open = lines.subList(heading, lines.size()).indexOf("```bash") + heading;
        int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
        return String.join("\n", lines.subList(open + 1, close)) + "\n";
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
