package com.secutix.payments.testsupport;

import static com.secutix.payments.testsupport.OgoneEndpoint.MAINTENANCE_DIRECT;
import static com.secutix.payments.testsupport.OgoneEndpoint.ORDER_DIRECT;
import static com.secutix.payments.testsupport.OgoneEndpoint.QUERY_DIRECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OgoneStubsTest {

    private static final OgoneStubs stubs = OgoneStubs.startOnFreePort();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forgetPreviousStubs() {
        stubs.reset();
    }

    @AfterAll
    static void stopServer() {
        stubs.stop();
    }

    @Test
    void answers_orderdirect_with_an_ncresponse() throws Exception {
        stubs.on(ORDER_DIRECT).answer(OgoneResponse.accepted("ORD-1", "3014", 5)
                .amount("82.5").currency("EUR").brand("VISA").alias("ALIAS-1"));

        HttpResponse<String> response = post(ORDER_DIRECT, "ORDERID=ORD-1&AMOUNT=8250");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("xml"));
        assertThat(response.body()).contains("<ncresponse", "orderID=\"ORD-1\"", "PAYID=\"3014\"", "STATUS=\"5\"",
                "NCERROR=\"0\"", "amount=\"82.5\"", "currency=\"EUR\"", "BRAND=\"VISA\"", "ALIAS=\"ALIAS-1\"");
    }

    @Test
    void a_stub_for_one_order_wins_over_the_stub_for_any_order() throws Exception {
        stubs.on(ORDER_DIRECT).answer(OgoneResponse.accepted("any", "1", 5));
        stubs.on(ORDER_DIRECT).forOrder("ORD-2").answer(OgoneResponse.accepted("ORD-2", "2", 2));

        assertThat(post(ORDER_DIRECT, "PSPID=X&ORDERID=ORD-2").body()).contains("STATUS=\"2\"");
        assertThat(post(ORDER_DIRECT, "PSPID=X&ORDERID=ORD-3").body()).contains("STATUS=\"5\"");
    }

    @Test
    void carries_the_3d_secure_page_base64_encoded() throws Exception {
        stubs.on(ORDER_DIRECT).answer(OgoneResponse.accepted("ORD-3", "3", 46).htmlAnswer("<form>challenge</form>"));

        String body = post(ORDER_DIRECT, "ORDERID=ORD-3").body();

        String encoded = body.substring(body.indexOf("<HTML_ANSWER>") + 13, body.indexOf("</HTML_ANSWER>"));
        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)).isEqualTo("<form>challenge</form>");
    }

    @Test
    void answers_in_sequence_then_repeats_the_last_answer() throws Exception {
        stubs.on(QUERY_DIRECT).answerInSequence(OgoneResponse.accepted("ORD-4", "4", 92),
                OgoneResponse.accepted("ORD-4", "4", 9));

        assertThat(post(QUERY_DIRECT, "PAYID=4").body()).contains("STATUS=\"92\"");
        assertThat(post(QUERY_DIRECT, "PAYID=4").body()).contains("STATUS=\"9\"");
        assertThat(post(QUERY_DIRECT, "PAYID=4").body()).contains("STATUS=\"9\"");
    }

    @Test
    void answers_too_late_for_a_client_timeout() {
        stubs.on(ORDER_DIRECT).delay(Duration.ofSeconds(1), OgoneResponse.accepted("ORD-5", "5", 9));

        assertThatThrownBy(() -> http.send(request(ORDER_DIRECT, "ORDERID=ORD-5").timeout(Duration.ofMillis(300)).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void resets_the_connection() {
        stubs.on(MAINTENANCE_DIRECT).resetConnection();

        assertThatThrownBy(() -> post(MAINTENANCE_DIRECT, "PAYID=6&OPERATION=RFD")).isInstanceOf(IOException.class);
    }

    @Test
    void answers_malformed_xml_or_a_server_error() throws Exception {
        stubs.on(ORDER_DIRECT).answerMalformed();
        stubs.on(MAINTENANCE_DIRECT).answerServerError();

        assertThat(post(ORDER_DIRECT, "ORDERID=ORD-7").body()).doesNotContain("/>").doesNotContain("</ncresponse>");
        assertThat(post(MAINTENANCE_DIRECT, "PAYID=7").statusCode()).isEqualTo(500);
    }

    @Test
    void records_the_form_fields_received() throws Exception {
        stubs.on(MAINTENANCE_DIRECT).answer(OgoneResponse.accepted("ORD-8", "8", 8));

        post(MAINTENANCE_DIRECT, "PAYID=8&OPERATION=RFD&AMOUNT=1000&CN=Jane+Doe");

        assertThat(stubs.requestsTo(MAINTENANCE_DIRECT)).singleElement().satisfies(fields -> {
            assertThat(fields).containsEntry("OPERATION", "RFD").containsEntry("AMOUNT", "1000");
            assertThat(fields).containsEntry("CN", "Jane Doe");
        });
        assertThat(stubs.baseUrl()).endsWith("/ncol/test/");
    }

    private HttpResponse<String> post(OgoneEndpoint endpoint, String form) throws Exception {
        return http.send(request(endpoint, form).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(OgoneEndpoint endpoint, String form) {
        return HttpRequest.newBuilder(URI.create(stubs.baseUrl() + endpoint.path().substring(OgoneStubs.BASE_PATH.length())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }
}
