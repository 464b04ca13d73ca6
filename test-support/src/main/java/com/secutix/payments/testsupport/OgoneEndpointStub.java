package com.secutix.payments.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * The stubs of one DirectLink endpoint, optionally only for one {@code ORDERID}; a stub for a given
 * order wins over a stub for any order.
 */
public final class OgoneEndpointStub {

    private static final int ANY_ORDER_PRIORITY = 10;
    private static final int ONE_ORDER_PRIORITY = 1;
    private static final AtomicInteger SCENARIOS = new AtomicInteger();

    private final WireMockServer server;
    private final OgoneEndpoint endpoint;
    private final String orderId;

    OgoneEndpointStub(WireMockServer server, OgoneEndpoint endpoint, String orderId) {
        this.server = server;
        this.endpoint = endpoint;
        this.orderId = orderId;
    }

    /** Only requests whose form field {@code ORDERID} is {@code orderId}. */
    public OgoneEndpointStub forOrder(String orderId) {
        return new OgoneEndpointStub(server, endpoint, orderId);
    }

    public OgoneEndpointStub answer(OgoneResponse response) {
        server.stubFor(request().willReturn(xml(response)));
        return this;
    }

    /** Answers only after {@code delay}: longer than the client's read timeout, it is a lost answer. */
    public OgoneEndpointStub delay(Duration delay, OgoneResponse response) {
        server.stubFor(request().willReturn(xml(response).withFixedDelay((int) delay.toMillis())));
        return this;
    }

    /** The PSP closes the connection without answering (TCP reset). */
    public OgoneEndpointStub resetConnection() {
        server.stubFor(request().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        return this;
    }

    /** HTTP 200 with a body that is not an {@code ncresponse} document. */
    public OgoneEndpointStub answerMalformed() {
        server.stubFor(request().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml")
                .withBody("<ncresponse orderID=\"broken")));
        return this;
    }

    public OgoneEndpointStub answerServerError() {
        server.stubFor(request().willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body>Internal Server Error</body></html>")));
        return this;
    }

    /**
     * The first request gets {@code first}, the next ones {@code then} in order, and the last answer
     * repeats (e.g. querydirect: "92 uncertain", then "9 captured").
     */
    public OgoneEndpointStub answerInSequence(OgoneResponse first, OgoneResponse... then) {
        List<OgoneResponse> answers = new ArrayList<>();
        answers.add(first);
        answers.addAll(List.of(then));
        String scenario = endpoint.name() + "-sequence-" + SCENARIOS.incrementAndGet();
        for (int i = 0; i < answers.size(); i++) {
            String state = i == 0 ? Scenario.STARTED : "answer-" + i;
            ScenarioMappingBuilder step = request().inScenario(scenario).whenScenarioStateIs(state);
            if (i < answers.size() - 1) {
                step = step.willSetStateTo("answer-" + (i + 1));
            }
            server.stubFor(step.willReturn(xml(answers.get(i))));
        }
        return this;
    }

    private MappingBuilder request() {
        MappingBuilder request = post(urlPathEqualTo(endpoint.path()));
        if (orderId == null) {
            return request.atPriority(ANY_ORDER_PRIORITY);
        }
        return request.withFormParam("ORDERID", equalTo(orderId)).atPriority(ONE_ORDER_PRIORITY);
    }

    private static ResponseDefinitionBuilder xml(OgoneResponse response) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(response.toXml());
    }
}
