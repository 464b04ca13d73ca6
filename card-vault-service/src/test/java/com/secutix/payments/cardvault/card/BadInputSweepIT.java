package com.secutix.payments.cardvault.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.BadInputSweep;
import com.secutix.payments.testsupport.BadInputSweep.Probe;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The vault's API against a table of bad requests: each is refused with a clean problem+json answer (no 5xx,
 * the expected status, no internal class, no card number echoed) and none changes the saved cards.
 */
@PlatformIntegrationTest
class BadInputSweepIT {

    private static final String CARD_NUMBER = "4111111111111111";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    private long savedCards() {
        return database.sql("select count(*) from saved_card").map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void no_bad_request_gets_a_server_error_or_changes_a_card() {
        String operator = TestTokens.operator(Tenants.DEMO);
        String alice = TestTokens.customer(Tenants.DEMO, "alice");
        List<Probe> probes = new ArrayList<>();
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            probes.add(Probe.of(method + " on the cards", method, "/customers/alice/cards").bearer(operator)
                    .json("{}").expect(405));
        }
        probes.add(Probe.of("another customer's cards", "GET", "/customers/bob/cards").bearer(alice).expect(404));
        String someCard = "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8";
        probes.add(Probe.of("deleting another customer's card", "DELETE", "/customers/bob/cards/" + someCard)
                .bearer(alice).expect(404));
        probes.add(Probe.of("deleting as a box office", "DELETE", "/customers/alice/cards/" + someCard)
                .bearer(TestTokens.boxOffice(Tenants.DEMO)).expect(404));
        probes.add(Probe.of("deleting a card id that is no UUID", "DELETE", "/customers/alice/cards/not-a-uuid")
                .bearer(alice).expect(400));
        probes.add(Probe.of("deleting a card number", "DELETE", "/customers/alice/cards/" + CARD_NUMBER)
                .bearer(alice).expect(400));
        probes.add(Probe.of("deleting without a token", "DELETE", "/customers/alice/cards/" + someCard).expect(401));
        probes.add(Probe.of("POST on a card", "POST", "/customers/alice/cards/" + someCard).bearer(alice)
                .json("{}").expect(405));
        probes.add(Probe.of("no token", "GET", "/customers/alice/cards").expect(401));
        probes.add(Probe.of("an expired token", "GET", "/customers/alice/cards")
                .bearer(TestTokens.expired(Tenants.DEMO, "alice")).expect(401));
        probes.add(Probe.of("a token of another key", "GET", "/customers/alice/cards")
                .bearer(TestTokens.signedByAnotherKey(Tenants.DEMO, "alice")).expect(401));
        probes.add(Probe.of("a token without tenant", "GET", "/customers/alice/cards")
                .bearer(TestTokens.withoutTenant("alice", TestTokens.CUSTOMER)).expect(401));
        probes.add(Probe.of("two Authorization headers", "GET", "/customers/alice/cards").bearer(alice)
                .bearer(operator).expect(400));
        probes.add(Probe.of("a card number as customer id", "GET", "/customers/" + CARD_NUMBER + "/cards")
                .bearer(operator).expect(400));
        probes.add(Probe.of("a spaced card number as customer id", "GET", "/customers/4111%201111%201111%201111/cards")
                .bearer(operator).expect(400));
        probes.add(Probe.of("bad percent-encoding", "GET", "/customers/%zz/cards").bearer(operator).expect(400));
        probes.add(Probe.of("an over-long customer id", "GET", "/customers/" + "c".repeat(65) + "/cards")
                .bearer(operator).expect(400));
        probes.add(Probe.of("a customer id with a control character", "GET", "/customers/alice%0A/cards")
                .bearer(operator).expect(0));
        probes.add(Probe.of("an unknown path", "GET", "/cards").bearer(operator).expect(404));
        probes.add(Probe.of("a 20 kB header", "GET", "/customers/alice/cards").bearer(operator)
                .header("X-Padding", "p".repeat(20_000)).expect(431));
        probes.add(Probe.of("actuator env without admin", "GET", "/actuator/env").bearer(operator).expect(0));
        long before = savedCards();

        List<String> flaws = BadInputSweep.sweep(port, probes);

        assertThat(flaws).isEmpty();
        assertThat(savedCards()).isEqualTo(before);
    }
}
