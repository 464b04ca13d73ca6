package com.secutix.payments.checkout.callcentre;

import com.secutix.payments.checkout.account.application.AccountCardVault;
import com.secutix.payments.checkout.callcentre.adapter.out.gateway.WebClientPhonePayments;
import com.secutix.payments.checkout.callcentre.adapter.out.r2dbc.R2dbcOperatorAudit;
import com.secutix.payments.checkout.callcentre.application.OperatorAudit;
import com.secutix.payments.checkout.callcentre.application.PhonePayments;
import com.secutix.payments.checkout.callcentre.application.ReadOperatorActions;
import com.secutix.payments.checkout.callcentre.application.ServeCustomersByPhone;
import com.secutix.payments.checkout.session.CheckoutProperties;
import java.net.URI;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

/** Wires the call centre: the operator's own token to the vault and the gateway, the audit trail in PostgreSQL. */
@Configuration(proxyBeanMethods = false)
class CallCentreConfiguration {

    @Bean
    OperatorAudit operatorAudit(DatabaseClient database) {
        return new R2dbcOperatorAudit(database);
    }

    @Bean
    PhonePayments phonePayments(WebClient.Builder webClients, CheckoutProperties properties) {
        return new WebClientPhonePayments(webClients.clone().baseUrl(properties.gatewayUrl().toString()).build());
    }

    @Bean
    ServeCustomersByPhone serveCustomersByPhone(AccountCardVault vault, PhonePayments payments, OperatorAudit audit,
                                                CheckoutProperties properties, Clock clock) {
        return new ServeCustomersByPhone(vault, payments, audit, (customer, step) -> new ServeCustomersByPhone.ReturnPages(
                page(properties, customer.value() + "/" + step.path() + "/accepted"),
                page(properties, customer.value() + "/" + step.path() + "/refused")), clock);
    }

    @Bean
    ReadOperatorActions readOperatorActions(OperatorAudit audit) {
        return new ReadOperatorActions(audit);
    }

    private static URI page(CheckoutProperties properties, String path) {
        String base = properties.pageBaseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "call-centre/customers/" + path);
    }
}
