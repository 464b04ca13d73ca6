package com.secutix.payments.platform.web.attempts;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static MockServerHttpRequest from(String address) throws Exception {
        return MockServerHttpRequest.post("/payments")
                .remoteAddress(new InetSocketAddress(InetAddress.getByName(address), 50123)).build();
    }

    @Test
    void an_ipv4_client_counts_as_its_address() throws Exception {
        assertThat(ClientAddress.of(from("203.0.113.7"))).contains("203.0.113.7");
    }

    @Test
    void an_ipv6_client_counts_as_its_64_bit_network_so_it_cannot_change_address_at_every_attempt() throws Exception {
        assertThat(ClientAddress.of(from("2001:db8:1:2:a:b:c:d"))).contains("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of(from("2001:db8:1:2::ffff"))).isEqualTo(ClientAddress.of(from("2001:db8:1:2:a:b:c:d")));
        assertThat(ClientAddress.of(from("2001:db8:1:3::1"))).isNotEqualTo(ClientAddress.of(from("2001:db8:1:2::1")));
    }

    @Test
    void an_ipv4_mapped_ipv6_address_counts_as_the_ipv4_address() throws Exception {
        assertThat(ClientAddress.of(from("::ffff:203.0.113.7"))).contains("203.0.113.7");
    }

    @Test
    void a_request_without_remote_address_has_none() {
        assertThat(ClientAddress.of(MockServerHttpRequest.post("/payments").build())).isEmpty();
    }

    @Test
    void an_address_written_as_text_counts_as_the_same_address_and_network() {
        assertThat(ClientAddress.counted("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.counted("2001:db8:1:2:a:b:c:d")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void only_ip_literals_are_read_as_addresses_so_no_text_ever_reaches_dns() {
        assertThat(ClientAddress.isIpLiteral("198.51.100.1")).isTrue();
        assertThat(ClientAddress.isIpLiteral("fd00::1")).isTrue();
        assertThat(ClientAddress.isIpLiteral("999.1.1.1")).isFalse();
        assertThat(ClientAddress.isIpLiteral("proxy.internal")).isFalse();
        assertThat(ClientAddress.isIpLiteral("1.2.3")).isFalse();
        assertThat(ClientAddress.counted("proxy.internal")).isEqualTo("proxy.internal");
    }
}
