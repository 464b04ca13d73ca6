package com.secutix.payments.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * Answers of the Ogone DirectLink endpoints on a WireMock server, for the gateway's connector
 * tests: {@code stubs.on(ORDER_DIRECT).forOrder("ORD-1").answer(OgoneResponse.accepted(...))}, or a
 * fault ({@link OgoneEndpointStub#delay}, {@link OgoneEndpointStub#resetConnection()}, ...).
 * Point the connector at {@link #baseUrl()}.
 */
public final class OgoneStubs {

    public static final String BASE_PATH = "/ncol/test/";

    private final WireMockServer server;

    public OgoneStubs(WireMockServer server) {
        this.server = server;
    }

    /** Starts a WireMock server on a free port; stop it after the tests ({@link WireMockServer#stop()}). */
    public static OgoneStubs startOnFreePort() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return new OgoneStubs(server);
    }

    public WireMockServer server() {
        return server;
    }

    /** The PSP base URL for {@code payments.psp.base-url}, e.g. {@code http://localhost:41234/ncol/test/}. */
    public String baseUrl() {
        return server.baseUrl() + BASE_PATH;
    }

    /** Stubs for one endpoint, whatever the order. */
    public OgoneEndpointStub on(OgoneEndpoint endpoint) {
        return new OgoneEndpointStub(server, endpoint, null);
    }

    /** The form fields of every request received on the endpoint, in arrival order. */
    public List<Map<String, String>> requestsTo(OgoneEndpoint endpoint) {
        return server.findAll(postRequestedFor(urlPathEqualTo(endpoint.path()))).stream()
                .map(request -> formFields(request.getBodyAsString()))
                .toList();
    }

    /** Forgets every stub and every recorded request. */
    public void reset() {
        server.resetAll();
    }

    public void stop() {
        server.stop();
    }

    static Map<String, String> formFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }
}
