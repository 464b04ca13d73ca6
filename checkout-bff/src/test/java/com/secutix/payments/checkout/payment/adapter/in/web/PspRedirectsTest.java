package com.secutix.payments.checkout.payment.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class PspRedirectsTest {

    static MultiValueMap<String, String> query(String... pairs) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return query;
    }

    @Test
    void a_redirect_naming_each_parameter_once_is_read_as_it_came() {
        assertThat(PspRedirects.parametersOf(query("ORDERID", "CE-1", "STATUS", "2")))
                .contains(Map.of("ORDERID", "CE-1", "STATUS", "2"));
    }

    @Test
    void a_redirect_naming_a_parameter_twice_is_ambiguous_and_refused_naming_the_parameter() {
        MultiValueMap<String, String> twice = query("ORDERID", "CE-1", "STATUS", "2", "ORDERID", "CE-2");

        assertThat(PspRedirects.parametersOf(twice)).isEmpty();
        assertThat(PspRedirects.repeatedParameter(twice)).contains("ORDERID");
    }

    @Test
    void only_the_known_card_fields_the_psp_named_in_error_come_back_in_the_address() {
        assertThat(PspRedirects.fieldsInErrorAsQuery(query("NCERRORCARDNO", "30141001", "NCERRORED", "0", "NCERRORCVC", "",
                "NCERRORXSS", "1"), List.of("CN", "CARDNO", "ED", "CVC"))).isEqualTo("&field=CARDNO");
    }
}
