package com.secutix.payments.checkout.payment.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class BuyerAddressesTest {

    private final BuyerAddresses addresses = new BuyerAddresses(List.of("10.0.0.0/8", "192.0.2.10"));

    private static MockServerHttpRequest from(String peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/checkout/x/pay")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        for (String header : forwardedFor) {
            request.header("X-Forwarded-For", header);
        }
        return request.build();
    }

    @Test
    void a_buyer_who_reaches_us_directly_is_counted_by_the_connection_whatever_header_they_send() {
        assertThat(addresses.of(from("203.0.113.5", "198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void behind_our_proxy_the_buyer_is_the_address_the_proxy_added() {
        assertThat(addresses.of(from("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void an_address_the_buyer_put_in_front_of_the_proxys_own_is_ignored() {
        assertThat(addresses.of(from("10.1.2.3", "6.6.6.6, 198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void a_chain_of_our_proxies_is_walked_back_to_the_first_address_that_is_not_ours() {
        assertThat(addresses.of(from("192.0.2.10", "198.51.100.1, 10.9.9.9"))).isEqualTo("198.51.100.1");
        assertThat(addresses.of(from("192.0.2.10", "198.51.100.1", "10.9.9.9"))).isEqualTo("198.51.100.1");
    }

    @Test
    void a_hop_that_is_no_ip_address_stops_the_walk_at_the_last_trusted_one() {
        assertThat(addresses.of(from("10.1.2.3", "evil.example"))).isEqualTo("10.1.2.3");
    }

    @Test
    void an_ipv6_buyer_is_counted_as_their_slash_64() {
        assertThat(addresses.of(from("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void a_trusted_proxy_that_is_not_an_address_stops_the_start() {
        assertThatThrownBy(() -> new BuyerAddresses(List.of("proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trusted-proxies");
    }
}
