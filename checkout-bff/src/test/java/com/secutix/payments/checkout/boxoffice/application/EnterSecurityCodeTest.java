package com.secutix.payments.checkout.boxoffice.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.EnteredSecurityCode;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeForm;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class EnterSecurityCodeTest {

    static final Terminal TERMINAL = new Terminal("demo-theatre", "box-office", "token-a");
    static final EnterSecurityCode.ReturnAddresses OURS = new EnterSecurityCode.ReturnAddresses(
            URI.create("http://localhost:8080/box-office/security-code-entries/accepted"),
            URI.create("http://localhost:8080/box-office/security-code-entries/refused"));

    final List<String> asked = new ArrayList<>();
    final BoxOfficeGateway gateway = new BoxOfficeGateway() {
        @Override
        public Mono<PaymentOutcome> pay(Terminal terminal, CounterPayment payment, String idempotencyKey) {
            return Mono.error(new UnsupportedOperationException());
        }

        @Override
        public Mono<PaymentOutcome> payment(Terminal terminal, UUID paymentId) {
            return Mono.error(new UnsupportedOperationException());
        }

        @Override
        public Mono<SecurityCodeForm> securityCodeForm(Terminal terminal, String customerId, String cardId,
                                                       String orderReference, URI acceptUrl, URI exceptionUrl) {
            asked.add(terminal.clientId() + " " + customerId + " " + cardId + " " + orderReference + " " + acceptUrl + " "
                    + exceptionUrl);
            return Mono.just(new SecurityCodeForm(URI.create("http://localhost:8090/ncol/test/alias_gateway.asp"),
                    Map.of("ORDERID", "CE-1")));
        }

        @Override
        public Mono<EnteredSecurityCode> securityCodeEntered(Terminal terminal, Map<String, String> redirectParameters) {
            asked.add("result " + redirectParameters.get("ORDERID"));
            return Mono.just(new EnteredSecurityCode("c1", "alice", null, null));
        }
    };
    final EnterSecurityCode enter = new EnterSecurityCode(gateway, OURS);

    @Test
    void the_form_sends_the_psp_back_to_our_own_return_addresses() {
        enter.form(TERMINAL, "alice", "c1", "ORD-1").block();

        assertThat(asked).containsExactly("box-office alice c1 ORD-1 http://localhost:8080/box-office/security-code-entries/accepted"
                + " http://localhost:8080/box-office/security-code-entries/refused");
    }

    @Test
    void the_accepted_redirect_goes_to_the_gateway_which_decides() {
        assertThat(enter.accepted(TERMINAL, Map.of("ORDERID", "CE-1")).block().cardId()).isEqualTo("c1");
        assertThat(asked).containsExactly("result CE-1");
    }

    @Test
    void a_refusal_names_the_fields_the_psp_named_in_error_and_asks_nothing_of_the_gateway() {
        SecurityCodeEntryRefusedException refused = enter.refused(Map.of("ORDERID", "CE-1", "NCERRORCVC", "50001090",
                "NCERRORCARDNO", "0", "NCERRORED", ""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldsInError()).containsExactly("CVC");
        assertThat(refused.getMessage()).contains("fields in error: CVC");
        assertThat(enter.refused(Map.of()).fieldsInError()).isEmpty();
        assertThat(asked).isEmpty();
    }
}
