package com.secutix.payments.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

/** DirectLink answers of Ogone as WireMock stubs. */
public final class OgoneStub {

    public static final String ORDER = "/ncol/test/orderdirect.asp";
    public static final String QUERY = "/ncol/test/querydirect.asp";

    private final WireMockServer server;

    public OgoneStub(WireMockServer server) {
        this.server = server;
    }

    /** An answer with this STATUS; the order id is left out, as any answer to the request asked. */
    public static ResponseDefinitionBuilder status(int status, String payId) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=iso-8859-1")
                .withBody("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><ncresponse PAYID=\"" + payId
                        + "\" NCSTATUS=\"0\" NCERROR=\"" + (status == 2 || status == 93 ? "30001301" : "0")
                        + "\" NCERRORPLUS=\"!\" STATUS=\"" + status + "\"/>");
    }

    public void orderAnswers(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo(ORDER)).willReturn(answer));
    }

    public void queryAnswers(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo(QUERY)).willReturn(answer));
    }

    public void orderAnswersLate(int status, int delayMillis) {
        orderAnswers(status(status, "3014999").withFixedDelay(delayMillis));
    }

    public void orderResetsConnection() {
        orderAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    public void orderAnswersMalformed() {
        orderAnswers(aResponse().withStatus(200).withBody("<ncresponse STATUS=\"9\" PAYID="));
    }

    public int orders() {
        return server.findAll(postRequestedFor(urlEqualTo(ORDER))).size();
    }

    public int queries() {
        return server.findAll(postRequestedFor(urlEqualTo(QUERY))).size();
    }
}
