package com.secutix.payments.platform.web.returnurls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnUrlsTest {

    private final ReturnUrls shop = new ReturnUrls(List.of(URI.create("https://shop.example/checkout/"),
            URI.create("http://localhost:8080/")));

    private boolean allows(String url) {
        return shop.allow(URI.create(url));
    }

    @Test
    void allows_an_address_under_a_listed_path() {
        assertThat(allows("https://shop.example/checkout/card/accept?step=2")).isTrue();
        assertThat(allows("https://SHOP.example:443/checkout/3ds")).isTrue();
        assertThat(allows("http://localhost:8080/card-entry/accepted")).isTrue();
    }

    @Test
    void refuses_another_host_scheme_or_port() {
        assertThat(allows("https://evil.example/checkout/card/accept")).isFalse();
        assertThat(allows("https://shop.example.evil.example/checkout/")).isFalse();
        assertThat(allows("http://shop.example/checkout/card")).isFalse();
        assertThat(allows("https://shop.example:8443/checkout/card")).isFalse();
        assertThat(allows("http://localhost:9999/card-entry/accepted")).isFalse();
    }

    @Test
    void refuses_a_path_beside_the_listed_one_or_climbing_out_of_it() {
        assertThat(allows("https://shop.example/checkout-evil/accept")).isFalse();
        assertThat(allows("https://shop.example/account")).isFalse();
        assertThat(allows("https://shop.example/checkout/../account")).isFalse();
    }

    @Test
    void an_empty_list_allows_nothing() {
        assertThat(new ReturnUrls(List.of()).allow(URI.create("https://shop.example/checkout/"))).isFalse();
    }

    @Test
    void refuses_a_list_entry_that_is_not_an_absolute_url() {
        assertThatThrownBy(() -> new ReturnUrls(List.of(URI.create("/checkout/"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
