package com.secutix.payments.checkout.account.adapter.in.web;

import com.secutix.payments.checkout.session.CheckoutProperties;
import com.secutix.payments.checkout.signin.SignedInBuyers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account pages' request handling (package-private beans of this adapter). */
@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration {

    @Bean
    AccountPageRequests accountPageRequests(SignedInBuyers buyers, CheckoutProperties properties) {
        return new AccountPageRequests(buyers, properties.timeZone());
    }
}
