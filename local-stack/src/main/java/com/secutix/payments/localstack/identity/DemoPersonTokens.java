package com.secutix.payments.localstack.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A demo person's access token from the local stack's identity provider, as local-stack/README.md gets one with
 * curl: the login form, then the authorization code with PKCE for the public client {@value
 * DemoDirectory#COMMAND_LINE_CLIENT}, then the token. For the end-to-end tests and the benchmark (a tenant admin
 * setting the card policy); the demo people only exist in the local stack.
 */
public final class DemoPersonTokens {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoPersonTokens() {
    }

    /** The person's access token, signed in with {@code user} and {@code password} at {@code idp} (its base address). */
    public static String accessToken(String idp, String user, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(idp + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        browser.send(HttpRequest.newBuilder(URI.create(idp + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", user, "password", password, "_csrf", csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.discarding());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = HexFormat.of().formatHex(random);
        String authorize = idp + "/oauth2/authorize?" + query(Map.of("response_type", "code", "client_id", DemoDirectory.COMMAND_LINE_CLIENT,
                "scope", "openid", "code_challenge_method", "S256", "redirect_uri", DemoDirectory.COMMAND_LINE_REDIRECT, "code_challenge", challenge(verifier)));
        String location = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("no redirect with a code"));
        Matcher code = CODE.matcher(location);
        if (!code.find()) {
            throw new IllegalStateException("no code in " + location);
        }
        String tokens = browser.send(HttpRequest.newBuilder(URI.create(idp + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "authorization_code", "client_id", DemoDirectory.COMMAND_LINE_CLIENT, "code",
                        URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", DemoDirectory.COMMAND_LINE_REDIRECT, "code_verifier", verifier))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher accessToken = ACCESS_TOKEN.matcher(tokens);
        if (!accessToken.find()) {
            throw new IllegalStateException("no access token for " + user);
        }
        return accessToken.group(1);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(query(fields));
    }

    private static String query(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
