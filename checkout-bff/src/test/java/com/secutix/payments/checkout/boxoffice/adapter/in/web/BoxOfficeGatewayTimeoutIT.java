package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A payment gateway that takes the BFF's connection and never answers, over a real socket: past the read timeout the
 * box office gets a 503 saying the payment's outcome is unknown, and to send the same request with the same key
 * again. With one box-office payment at a time (payments.checkout.box-office-max-in-flight=1), a payment sent while
 * another waits on that gateway is answered 503 at once and never reaches it. The gateway's other answers, at the
 * HTTP level, are WebClientBoxOfficeGatewayTest's.
 */
@PlatformIntegrationTest
class BoxOfficeGatewayTimeoutIT {

    static final SilentGateway gateway = new SilentGateway();

    @DynamicPropertySource
    static void aGatewayThatNeverAnswers(DynamicPropertyRegistry registry) {
        registry.add("payments.checkout.gateway-url", gateway::url);
        // shorter than the BFF's 15 s, so that a gateway that does not answer is seen in a test
        registry.add("spring.http.clients.read-timeout", () -> "2s");
        registry.add("payments.checkout.box-office-max-in-flight", () -> "1");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @LocalServerPort
    int port;

    @Test
    void a_gateway_that_does_not_answer_in_time_leaves_the_outcome_unknown_and_the_same_key_to_retry_it() {
        int before = gateway.connections();

        pay(UUID.randomUUID().toString())
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("outcome is unknown"));

        // the request did reach the gateway: it was its answer that never came
        assertThat(gateway.connections()).isEqualTo(before + 1);
    }

    @Test
    void a_payment_past_the_in_flight_limit_is_refused_at_once_with_nothing_done_and_the_same_key_to_retry_it() {
        int before = gateway.connections();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> answeredOutcomeUnknown(pay(UUID.randomUUID().toString())));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connections() == before + 1);

        pay(UUID.randomUUID().toString())
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("nothing was done", "same Idempotency-Key"));
        assertThat(gateway.connections()).isEqualTo(before + 1);

        // once the first payment has its answer, the next one goes to the gateway again
        first.join();
        answeredOutcomeUnknown(pay(UUID.randomUUID().toString()));
        assertThat(gateway.connections()).isEqualTo(before + 2);
    }

    private WebTestClient.ResponseSpec pay(String idempotencyKey) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build()
                .post().uri("/box-office/payments")
                .headers(headers -> {
                    headers.setBearerAuth(TestTokens.boxOffice(Tenants.DEMO));
                    headers.set("Idempotency-Key", idempotencyKey);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"orderReference":"ORD-1","customerId":"alice","amount":"82.50","currency":"EUR",
                         "cardId":"3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1"}""")
                .exchange();
    }

    private static void answeredOutcomeUnknown(WebTestClient.ResponseSpec answer) {
        answer.expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("outcome is unknown"));
    }

    /** A server on a free local port that accepts every connection, holds it open, and never writes a byte. */
    static final class SilentGateway implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        SilentGateway() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException noPort) {
                throw new UncheckedIOException(noPort);
            }
            Thread acceptor = new Thread(this::acceptForever, "silent-gateway");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void acceptForever() {
            while (!server.isClosed()) {
                try {
                    held.add(server.accept());
                } catch (SocketException closed) {
                    return;
                } catch (IOException ignored) {
                    // keep accepting
                }
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        int connections() {
            return held.size();
        }

        @Override
        public void close() {
            for (Socket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
