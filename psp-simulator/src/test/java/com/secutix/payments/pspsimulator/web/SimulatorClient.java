package com.secutix.payments.pspsimulator.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Talks to the running simulator as the gateway and the buyer's browser would. */
final class SimulatorClient {

    static final String ACCEPT_URL = "https://shop.example/card/accepted";
    static final String EXCEPTION_URL = "https://shop.example/card/failed";
    static final String FAR_EXPIRY = "1239";

    /** Fields Ogone signs on the Alias Gateway: the ones our server puts in the form, never the card fields. */
    private static final Set<String> ALIAS_GATEWAY_SIGNED = Set.of("ACCEPTURL", "ALIAS", "ALIASPERSISTEDAFTERUSE",
            "BRAND", "EXCEPTIONURL", "ORDERID", "PARAMPLUS", "PSPID");

    private final WebTestClient client;

    SimulatorClient(WebTestClient client) {
        this.client = client;
    }

    WebTestClient web() {
        return client;
    }

    /** The browser posts the card form; answers the query parameters of the redirect. */
    Map<String, String> aliasGateway(Map<String, String> fields) {
        Map<String, String> signed = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (ALIAS_GATEWAY_SIGNED.contains(name)) {
                signed.put(name, value);
            }
        });
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("SHASIGN", DemoMerchant.sign(signed, DemoMerchant.SHA_IN));
        URI location = postForm("/ncol/test/alias_gateway_utf8.asp", form)
                .expectStatus().isEqualTo(HttpStatus.SEE_OTHER)
                .returnResult(String.class).getResponseHeaders().getLocation();
        assertThat(location).isNotNull();
        return redirectTarget(location);
    }

    /** A new alias for the card; returns the redirect's parameters. */
    Map<String, String> newAlias(String cardNumber, String cvc) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("PSPID", DemoMerchant.PSPID);
        form.put("ORDERID", "card-" + System.nanoTime());
        form.put("ACCEPTURL", ACCEPT_URL);
        form.put("EXCEPTIONURL", EXCEPTION_URL);
        form.put("ALIASPERSISTEDAFTERUSE", "Y");
        form.put("CARDNO", cardNumber);
        form.put("CN", "Ada Lovelace");
        form.put("ED", FAR_EXPIRY);
        form.put("CVC", cvc);
        Map<String, String> redirect = aliasGateway(form);
        assertThat(redirect).containsEntry("STATUS", "0");
        return redirect;
    }

    String aliasFor(String cardNumber) {
        return newAlias(cardNumber, cardNumber.startsWith("37") ? "1234" : "123").get("ALIAS");
    }

    /** A signed DirectLink call from the gateway; answers the ncresponse attributes. */
    Map<String, String> directLink(String endpoint, Map<String, String> fields) {
        return postUnsigned(endpoint, signedDirectLink(fields));
    }

    /** Posts exactly these fields (no signature added). */
    Map<String, String> postUnsigned(String endpoint, Map<String, String> form) {
        byte[] body = postForm("/ncol/test/" + endpoint, form)
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_XML)
                .expectBody().returnResult().getResponseBody();
        return ncresponse(body).attributes();
    }

    NcResponse directLinkResponse(String endpoint, Map<String, String> fields) {
        byte[] body = postForm("/ncol/test/" + endpoint, signedDirectLink(fields)).expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return ncresponse(body);
    }

    /** A signed DirectLink call whose Host header says {@code host}, as a forged request would. */
    NcResponse directLinkResponseWithHost(String endpoint, Map<String, String> fields, String host) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        signedDirectLink(fields).forEach(form::add);
        byte[] body = client.post().uri("/ncol/test/" + endpoint).header(HttpHeaders.HOST, host)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return ncresponse(body);
    }

    /** The fields of a 3-D Secure order on the challenge card, as the gateway sends them. */
    static Map<String, String> threeDsOrder(String operation, String orderId, String alias, String acceptUrl,
                                            String declineUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("OPERATION", operation);
        fields.put("ORDERID", orderId);
        fields.put("ALIAS", alias);
        fields.put("AMOUNT", "4500");
        fields.put("CURRENCY", "EUR");
        fields.put("FLAG3D", "Y");
        fields.put("WIN3DS", "MAINW");
        fields.put("ACCEPTURL", acceptUrl);
        fields.put("DECLINEURL", declineUrl);
        fields.put("EXCEPTIONURL", declineUrl);
        fields.put("HTTP_ACCEPT", "text/html");
        fields.put("HTTP_USER_AGENT", "Mozilla/5.0");
        fields.put("LANGUAGE", "en_US");
        fields.put("browserColorDepth", "24");
        fields.put("browserJavaEnabled", "false");
        fields.put("browserLanguage", "en-US");
        fields.put("browserScreenHeight", "1080");
        fields.put("browserScreenWidth", "1920");
        fields.put("browserTimeZone", "-60");
        return fields;
    }

    /** The decoded HTML of a 46 answer's HTML_ANSWER. */
    static String htmlAnswer(NcResponse answer) {
        assertThat(answer.htmlAnswer()).isNotNull();
        return new String(Base64.getDecoder().decode(answer.htmlAnswer().trim()), StandardCharsets.UTF_8);
    }

    private static Map<String, String> signedDirectLink(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("PSPID", DemoMerchant.PSPID);
        form.put("USERID", DemoMerchant.API_USER);
        form.put("PSWD", DemoMerchant.API_PASSWORD);
        form.putAll(fields);
        form.put("SHASIGN", DemoMerchant.sign(form, DemoMerchant.SHA_IN));
        return form;
    }

    Map<String, String> order(String operation, String orderId, String alias, String amount) {
        return directLink("orderdirect.asp", Map.of("OPERATION", operation, "ORDERID", orderId, "ALIAS", alias,
                "AMOUNT", amount, "CURRENCY", "EUR"));
    }

    Map<String, String> maintain(String payId, String operation, String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PAYID", payId);
        fields.put("OPERATION", operation);
        if (amount != null) {
            fields.put("AMOUNT", amount);
        }
        return directLink("maintenancedirect.asp", fields);
    }

    Map<String, String> queryByOrderId(String orderId) {
        return directLink("querydirect.asp", Map.of("ORDERID", orderId));
    }

    WebTestClient.ResponseSpec postForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    List<Map<String, Object>> ledger(String query) {
        return client.get().uri("/simulator/ledger" + query).exchange()
                .expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
                })
                .returnResult().getResponseBody();
    }

    /** The decoded query parameters of a redirect, in order. */
    static Map<String, String> redirectTarget(URI location) {
        Map<String, String> parameters = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(location).build().getQueryParams().forEach((name, values) ->
                parameters.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
        parameters.put("@target", location.getScheme() + "://" + location.getAuthority() + location.getPath());
        return parameters;
    }

    static NcResponse ncresponse(byte[] xml) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml));
            Element root = document.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("ncresponse");
            Map<String, String> attributes = new LinkedHashMap<>();
            NamedNodeMap nodes = root.getAttributes();
            for (int i = 0; i < nodes.getLength(); i++) {
                attributes.put(nodes.item(i).getNodeName(), nodes.item(i).getNodeValue());
            }
            var html = root.getElementsByTagName("HTML_ANSWER");
            String htmlAnswer = html.getLength() == 0 ? null : html.item(0).getTextContent();
            return new NcResponse(attributes, htmlAnswer);
        } catch (Exception e) {
            throw new AssertionError("not an ncresponse: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    record NcResponse(Map<String, String> attributes, String htmlAnswer) {
    }
}
