package com.secutix.payments.gateway;

import static com.secutix.payments.testsupport.OgoneEndpoint.ORDER_DIRECT;
import static com.secutix.payments.testsupport.OgoneEndpoint.QUERY_DIRECT;

import com.secutix.payments.testsupport.OgoneResponse;
import com.secutix.payments.testsupport.OgoneStubs;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The DirectLink answers the gateway's tests need, on test-support's {@link OgoneStubs}. */
public final class OgoneStub {

    private final OgoneStubs stubs;

    public OgoneStub(OgoneStubs stubs) {
        this.stubs = stubs;
    }

    /** An answer with this STATUS; NCERROR is the issuer's refusal for 2 and 93. */
    public static OgoneResponse status(int status, String payId) {
        OgoneResponse response = OgoneResponse.accepted("", payId, status);
        return status == 2 || status == 93 ? response.ncError("30001301") : response;
    }

    public void orderAnswers(OgoneResponse answer) {
        stubs.on(ORDER_DIRECT).answer(answer);
    }

    public void queryAnswers(OgoneResponse answer) {
        stubs.on(QUERY_DIRECT).answer(answer);
    }

    public void queryAnswersLate(OgoneResponse answer, int delayMillis) {
        stubs.on(QUERY_DIRECT).delay(Duration.ofMillis(delayMillis), answer);
    }

    public void queryFailsWithServerErrors() {
        stubs.on(QUERY_DIRECT).answerServerError();
    }

    public void orderAnswersLate(int status, int delayMillis) {
        stubs.on(ORDER_DIRECT).delay(Duration.ofMillis(delayMillis), status(status, "3014999"));
    }

    public void orderResetsConnection() {
        stubs.on(ORDER_DIRECT).resetConnection();
    }

    public void orderAnswersMalformed() {
        stubs.on(ORDER_DIRECT).answerMalformed();
    }

    public List<Map<String, String>> orderRequests() {
        return stubs.requestsTo(ORDER_DIRECT);
    }

    public List<Map<String, String>> queryRequests() {
        return stubs.requestsTo(QUERY_DIRECT);
    }

    public int orders() {
        return orderRequests().size();
    }

    public int queries() {
        return queryRequests().size();
    }
}
