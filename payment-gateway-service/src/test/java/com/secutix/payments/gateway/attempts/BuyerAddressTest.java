package com.secutix.payments.gateway.attempts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import com.secutix.payments.platform.web.attempts.ClientAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class BuyerAddressTest {

    private static final Caller CHECKOUT = new Caller("checkout-bff", "demo-theatre", Set.of(Role.CHECKOUT));
    private static final Caller SALES_SYSTEM = new Caller("sales-system", "demo-theatre", Set.of(Role.SALES_SYSTEM));

    private static HttpHeaders headers(String... values) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(BuyerAddress.HEADER, List.of(values));
        return headers;
    }

    @Test
    void a_checkouts_buyer_address_is_counted_as_the_platform_counts_a_client_address() throws Exception {
        for (String address : List.of("203.0.113.7", "10.0.0.1", "0.0.0.0", "255.255.255.255", "2001:db8::7",
                "2001:db8:1:2:3:4:5:6", "::1", "::", "fe80::1", "2001:DB8:0:0:8:800:200C:417A", "::ffff:192.0.2.128",
                "::192.0.2.128", "64:ff9b::192.0.2.33")) {
            MockServerHttpRequest peer = MockServerHttpRequest.get("/")
                    .remoteAddress(new InetSocketAddress(InetAddress.getByName(address), 443)).build();

            assertThat(BuyerAddress.of(CHECKOUT, headers(address))).as(address).isEqualTo(ClientAddress.of(peer));
        }
    }

    @Test
    void an_ipv6_buyer_counts_as_its_64_network() {
        assertThat(BuyerAddress.of(CHECKOUT, headers("2001:db8:a:b:c:d:e:f")))
                .contains("2001:db8:a:b:0:0:0:0/64");
        assertThat(BuyerAddress.of(CHECKOUT, headers("2001:db8:a:b::1")))
                .isEqualTo(BuyerAddress.of(CHECKOUT, headers("2001:db8:a:b:ffff::2")));
        assertThat(BuyerAddress.of(CHECKOUT, headers("::ffff:203.0.113.7"))).contains("203.0.113.7");
    }

    @Test
    void an_ipv6_network_as_the_platform_writes_it_is_taken_as_it_counts() {
        assertThat(BuyerAddress.of(CHECKOUT, headers("2001:db8:a:b:0:0:0:0/64"))).contains("2001:db8:a:b:0:0:0:0/64");
        assertThat(BuyerAddress.of(CHECKOUT, headers("2001:db8:a:b::7/64"))).contains("2001:db8:a:b:0:0:0:0/64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "203.0.113.7 ", " 203.0.113.7", "203.0.113", "203.0.113.256", "010.0.0.1",
        "0x7f.0.0.1", "2130706433", "203.0.113.7, 198.51.100.1", "203.0.113.7:443", "[2001:db8::1]",
        "fe80::1%eth0", "2001:db8::1::2", "2001:db8:0:0:0:0:0:0:1", "12345::1", "gggg::1", "localhost",
        "example.com", "abcd", ".1:2", "unknown", "4111111111111111", "203.0.113.7/64", "203.0.113.0/24",
        "2001:db8::/48", "2001:db8::1/64/64", "::ffff:203.0.113.7/64", "/64"})
    void anything_but_one_ip_literal_from_the_checkout_is_a_bad_request_naming_the_header(String value) {
        assertThatThrownBy(() -> BuyerAddress.of(CHECKOUT, headers(value)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(BuyerAddress.HEADER)
                .hasMessageNotContaining("4111111111111111");
    }

    @Test
    void the_checkout_must_send_one_buyer_address() {
        assertThatThrownBy(() -> BuyerAddress.of(CHECKOUT, new HttpHeaders()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("The X-Buyer-Address header is required: the checkout forwards the address of the buyer"
                        + " it calls for.");
        assertThatThrownBy(() -> BuyerAddress.of(CHECKOUT, headers("203.0.113.7", "203.0.113.7")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("The X-Buyer-Address header is given more than once");
    }

    @Test
    void any_other_callers_buyer_address_is_ignored() {
        assertThat(BuyerAddress.of(SALES_SYSTEM, headers("203.0.113.7"))).isEqualTo(Optional.empty());
        assertThat(BuyerAddress.of(SALES_SYSTEM, headers("not an address", "twice"))).isEmpty();
        assertThat(BuyerAddress.of(new Caller("alice", "demo-theatre", Set.of(Role.CUSTOMER)),
                headers("203.0.113.7"))).isEmpty();
    }
}
