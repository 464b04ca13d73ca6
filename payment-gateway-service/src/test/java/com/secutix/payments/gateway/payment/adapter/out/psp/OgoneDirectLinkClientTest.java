package com.secutix.payments.gateway.payment.adapter.out.psp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.gateway.ogone.ShaAlgorithm;
import com.secutix.payments.gateway.ogone.ShaSignature;
import com.secutix.payments.gateway.payment.domain.BuyerBrowser;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentFixtures;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import com.secutix.payments.gateway.payment.domain.ThreeDSecureRequest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

class OgoneDirectLinkClientTest {

    private static final String TENANT = "demo-theatre";
    private static final PspProperties.Account ACCOUNT = new PspProperties.Account("SECUTIXDEMO", "secutix-api",
            "demo-api-password", "Demo-SHA-IN-passphrase-2026", "Demo-SHA-OUT-passphrase-2026", ShaAlgorithm.SHA512,
            List.of());
    private static final WireMockServer ogone = new WireMockServer(wireMockConfig().dynamicPort());

    private OgoneDirectLinkClient client;
    private Payment payment;

    @BeforeAll
    static void startOgone() {
        ogone.start();
    }

    @AfterAll
    static void stopOgone() {
        ogone.stop();
    }

    @BeforeEach
    void setUp() {
        ogone.resetAll();
        PspProperties properties = new PspProperties(URI.create(ogone.baseUrl() + "/ncol/test"),
                Duration.ofMillis(500), Duration.ofMillis(500), Map.of(TENANT, ACCOUNT));
        client = new OgoneDirectLinkClient(properties, WebClient.builder());
        payment = PaymentFixtures.pendingSale();
    }

    private void answer(String path, int status, String body) {
        ogone.stubFor(post(urlEqualTo("/ncol/test/" + path))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body)));
    }

    private String ncresponse(int status) {
        return "<?xml version=\"1.0\"?><ncresponse orderID=\"" + payment.orderId().value()
                + "\" PAYID=\"3014657\" NCERROR=\"0\" STATUS=\"" + status + "\"/>";
    }

    @Test
    void posts_a_signed_sale_with_the_alias_and_reads_the_answer() {
        answer("orderdirect.asp", 200, ncresponse(9));

        PspOutcome outcome = client.order(payment, Optional.empty()).block();

        assertThat(outcome).isEqualTo(new PspOutcome.Answered(9, "3014657", "0", null));
        LoggedRequest request = ogone.findAll(postRequestedFor(urlEqualTo("/ncol/test/orderdirect.asp"))).get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = formOf(request.getBodyAsString());
        assertThat(form).containsEntry("PSPID", "SECUTIXDEMO")
                .containsEntry("USERID", "secutix-api")
                .containsEntry("PSWD", "demo-api-password")
                .containsEntry("ORDERID", payment.orderId().value())
                .containsEntry("AMOUNT", "8250")
                .containsEntry("CURRENCY", "EUR")
                .containsEntry("OPERATION", "SAL")
                .containsEntry("ALIAS", "ALIAS-1234")
                .containsEntry("ALIASPERSISTEDAFTERUSE", "Y")
                .containsEntry("CN", "Alice Martin")
                .containsEntry("ECI", "7");
        String signature = form.remove("SHASIGN");
        assertThat(signature).isEqualTo(ShaSignature.of(form, "Demo-SHA-IN-passphrase-2026", ShaAlgorithm.SHA512))
                .hasSize(128);
    }

    @Test
    void queries_by_orderid() {
        answer("querydirect.asp", 200, ncresponse(9));

        PspOutcome outcome = client.query(TENANT, payment.orderId()).block();

        assertThat(outcome).isInstanceOf(PspOutcome.Answered.class);
        ogone.verify(postRequestedFor(urlEqualTo("/ncol/test/querydirect.asp"))
                .withRequestBody(containing("ORDERID=" + payment.orderId().value()))
                .withRequestBody(containing("SHASIGN=")));
    }

    @Test
    void an_e_commerce_order_asks_for_3_d_secure_with_the_browser_and_the_return_urls() {
        answer("orderdirect.asp", 200, ncresponse(9));
        ThreeDSecureRequest threeDSecure = ThreeDSecureRequest.of(new BuyerBrowser("text/html", "Mozilla/5.0",
                "fr-CH", 24, false, 1080, 1920, -60), "https://shop.example/3ds/ok", "https://shop.example/3ds/ko",
                "https://shop.example/3ds/error");

        client.order(payment, Optional.of(threeDSecure)).block();

        Map<String, String> form = formOf(ogone.findAll(postRequestedFor(urlEqualTo("/ncol/test/orderdirect.asp")))
                .get(0).getBodyAsString());
        assertThat(form).containsEntry("FLAG3D", "Y").containsEntry("WIN3DS", "MAINW").containsEntry("ECI", "7")
                .containsEntry("ACCEPTURL", "https://shop.example/3ds/ok")
                .containsEntry("DECLINEURL", "https://shop.example/3ds/ko")
                .containsEntry("EXCEPTIONURL", "https://shop.example/3ds/error")
                .containsEntry("HTTP_ACCEPT", "text/html").containsEntry("HTTP_USER_AGENT", "Mozilla/5.0")
                .containsEntry("LANGUAGE", "fr_CH").containsEntry("browserLanguage", "fr-CH")
                .containsEntry("browserColorDepth", "24").containsEntry("browserJavaEnabled", "false")
                .containsEntry("browserScreenHeight", "1080").containsEntry("browserScreenWidth", "1920")
                .containsEntry("browserTimeZone", "-60");
    }

    @Test
    void a_3_d_secure_answer_brings_the_html_for_the_buyer() {
        String html = java.util.Base64.getEncoder().encodeToString("<form action=\"https://acs.example\"></form>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        answer("orderdirect.asp", 200, "<?xml version=\"1.0\"?><ncresponse orderID=\"" + payment.orderId().value()
                + "\" PAYID=\"3014657\" NCERROR=\"0\" STATUS=\"46\">\n<HTML_ANSWER>" + html
                + "</HTML_ANSWER>\n</ncresponse>");

        PspOutcome outcome = client.order(payment, Optional.empty()).block();

        assertThat(outcome).isEqualTo(new PspOutcome.Answered(46, "3014657", "0", null, html));
    }

    @Test
    void a_read_timeout_is_an_unknown_outcome() {
        ogone.stubFor(post(urlEqualTo("/ncol/test/orderdirect.asp"))
                .willReturn(aResponse().withFixedDelay(2000).withBody(ncresponse(9))));

        assertThat(client.order(payment, Optional.empty()).block()).isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void a_sale_openings_orders_are_all_at_the_psp_at_once_not_sixteen_at_a_time() throws Exception {
        int orders = 120;
        try (SlowPsp psp = new SlowPsp(orders)) {
            PspProperties properties = new PspProperties(psp.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(10),
                    Map.of(TENANT, ACCOUNT));
            OgoneDirectLinkClient slowPspClient = new OgoneDirectLinkClient(properties, WebClient.builder());

            List<PspOutcome> outcomes = Flux.range(0, orders)
                    .flatMap(order -> slowPspClient.order(payment, Optional.empty()), orders)
                    .collectList()
                    .block(Duration.ofMinutes(2));

            assertThat(outcomes).hasSize(orders).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(PspOutcome.Answered.class));
            // the shared pool holds 500; one built with Reactor Netty's builder defaults (16 on 2 cores) would queue them
            assertThat(psp.mostAtOnce()).isEqualTo(orders);
        }
    }

    /**
     * A PSP that holds every order until {@code expected} of them are in, or 5 s have passed, then answers each:
     * how many it held at once is how many the client had in flight.
     */
    private final class SlowPsp implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final CountDownLatch allIn;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();

        SlowPsp(int expected) throws IOException {
            allIn = new CountDownLatch(expected);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
            server.setExecutor(threads);
            server.createContext("/ncol/test/orderdirect.asp", exchange -> {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                allIn.countDown();
                try {
                    allIn.await(5, TimeUnit.SECONDS); // a cap for a client that never sends them all, not a pause
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                byte[] body = ncresponse(9).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/xml");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        URI baseUrl() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ncol/test/");
        }

        int mostAtOnce() {
            return mostAtOnce.get();
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    @Test
    void a_reset_connection_is_an_unknown_outcome() {
        ogone.stubFor(post(urlEqualTo("/ncol/test/orderdirect.asp"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(client.order(payment, Optional.empty()).block()).isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void a_server_error_is_an_unknown_outcome() {
        answer("orderdirect.asp", 503, "busy");

        assertThat(client.order(payment, Optional.empty()).block()).isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void a_malformed_answer_is_an_unknown_outcome() {
        answer("orderdirect.asp", 200, "<ncresponse STATUS=");

        assertThat(client.order(payment, Optional.empty()).block()).isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void a_refused_connection_is_an_unknown_outcome() {
        PspProperties nowhere = new PspProperties(URI.create("http://127.0.0.1:1/ncol/test/"),
                Duration.ofMillis(300), Duration.ofMillis(300), Map.of(TENANT, ACCOUNT));

        PspOutcome outcome = new OgoneDirectLinkClient(nowhere, WebClient.builder()).order(payment, Optional.empty()).block();

        assertThat(outcome).isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void the_account_never_shows_its_secrets() {
        assertThat(ACCOUNT.toString()).doesNotContain("demo-api-password", "Demo-SHA-IN", "Demo-SHA-OUT");
    }

    private static Map<String, String> formOf(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            form.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", StandardCharsets.UTF_8));
        }
        return form;
    }
}
