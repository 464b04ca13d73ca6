package com.secutix.payments.pspsimulator.web;

import com.secutix.payments.pspsimulator.fault.application.Faults;
import com.secutix.payments.pspsimulator.payment.application.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The simulator as it starts without the local profile (its own Spring context): a local tool that listens on the
 * loopback address only and has no admin endpoints, so nobody can wipe, read or slow down its ledger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminEndpointsOffTest {

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    Faults faults;

    SimulatorClient simulator;

    @BeforeEach
    void connect() {
        simulator = new SimulatorClient(WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build());
    }

    @Test
    void an_unauthenticated_delete_of_the_state_is_not_found_and_the_ledger_keeps_its_operations() {
        String orderId = SimulatorWebTest.uniqueOrderId("kept");
        simulator.order("SAL", orderId, simulator.aliasFor("4111111111111111"), "2500");

        simulator.web().delete().uri("/simulator/state").exchange().expectStatus().isNotFound();

        assertThat(ledger.entries(Optional.empty(), Optional.of(orderId))).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(9));
        assertThat(simulator.queryByOrderId(orderId)).containsEntry("STATUS", "9");
    }

    @Test
    void the_ledger_cannot_be_read() {
        simulator.order("SAL", SimulatorWebTest.uniqueOrderId("secret"), simulator.aliasFor("4111111111111111"), "100");

        simulator.web().get().uri("/simulator/ledger").exchange().expectStatus().isNotFound()
                .expectHeader().doesNotExist("X-Simulator-Ledger-Evicted");
    }

    @Test
    void the_fault_settings_can_be_neither_read_nor_changed() {
        simulator.web().get().uri("/simulator/settings").exchange().expectStatus().isNotFound();

        simulator.web().put().uri("/simulator/settings").bodyValue(Map.of("errorRate", 1.0, "latencyMinMs", 60000,
                "latencyMaxMs", 60000)).exchange().expectStatus().isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(faults.settings().errorRate()).isZero();
        assertThat(faults.settings().latencyMaxMs()).isZero();
    }

    @Test
    void listens_on_the_loopback_address_only() throws SocketException {
        Optional<InetAddress> otherAddress = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(otherAddress.isPresent(), "this machine has no address other than the loopback one");

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(otherAddress.get(), port), 2000);
            }
        }).isInstanceOf(IOException.class);
        simulator.web().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
