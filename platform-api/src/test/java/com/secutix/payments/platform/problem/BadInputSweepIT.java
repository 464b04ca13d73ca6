package com.secutix.payments.platform.problem;

import com.secutix.payments.platform.testapp.ActionExecutions;
import com.secutix.payments.testsupport.BadInputSweep;
import com.secutix.payments.testsupport.BadInputSweep.Probe;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad request the test application can be sent is refused with a clean problem+json answer
 * (no 5xx, no internal class, no card number) and changes nothing.
 */
@PlatformIntegrationTest
class BadInputSweepIT {

    private static final String CARD = "4111111111111111";
    private static final String VALID = "{\"orderReference\":\"ORD-SWEEP\",\"amount\":100,\"currency\":\"EUR\"}";

    @LocalServerPort
    int port;
    @Autowired
    DatabaseClient database;
    @Autowired
    ActionExecutions executions;

    final String customer = "sweep-" + UUID.randomUUID();
    final String token = TestTokens.customer(Tenants.DEMO, customer);

    private Probe payment(String name, String json) {
        return Probe.of(name, "POST", "/test-payments").bearer(token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(json);
    }

    private Probe get(String name, String target) {
        return Probe.of(name, "GET", target).bearer(token);
    }

    private static String nested(int depth) {
        return "{\"orderReference\":\"ORD\",\"amount\":1,\"currency\":\"EUR\",\"buyer\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    List<Probe> probes() {
        String id = UUID.randomUUID().toString();
        List<Probe> probes = new ArrayList<>(List.of(
                // JSON that could mean two things
                payment("duplicated key", "{\"orderReference\":\"ORD\",\"amount\":1,\"amount\":1000,\"currency\":\"EUR\"}").expect(400),
                payment("duplicated nested key", "{\"orderReference\":\"ORD\",\"amount\":1,\"currency\":\"EUR\",\"buyer\":{\"name\":\"A\",\"name\":\"B\"}}").expect(400),
                payment("duplicated key in an ignored object", "{\"orderReference\":\"ORD\",\"amount\":1,\"currency\":\"EUR\",\"extra\":{\"a\":1,\"a\":2}}").expect(400),
                payment("duplicated key named like a card number", "{\"" + CARD + "\":1,\"" + CARD + "\":2}").expect(400),
                payment("a second document after the first", VALID + VALID).expect(400),
                payment("trailing garbage", VALID + " x").expect(400),
                payment("trailing array", VALID + "[]").expect(400),
                payment("exponent for an integer", "{\"orderReference\":\"ORD\",\"amount\":1e3,\"currency\":\"EUR\"}").expect(400),
                payment("fraction for an integer", "{\"orderReference\":\"ORD\",\"amount\":100.5,\"currency\":\"EUR\"}").expect(400),
                payment("exponent in a string for an integer", "{\"orderReference\":\"ORD\",\"amount\":\"1e3\",\"currency\":\"EUR\"}").expect(400),
                payment("huge exponent", "{\"orderReference\":\"ORD\",\"amount\":1e400,\"currency\":\"EUR\"}").expect(400),
                payment("integer overflow", "{\"orderReference\":\"ORD\",\"amount\":99999999999999999999,\"currency\":\"EUR\"}").expect(400),
                payment("boolean for an integer", "{\"orderReference\":\"ORD\",\"amount\":true,\"currency\":\"EUR\"}").expect(400),
                payment("object for an integer", "{\"orderReference\":\"ORD\",\"amount\":{},\"currency\":\"EUR\"}").expect(400),
                payment("array for an integer", "{\"orderReference\":\"ORD\",\"amount\":[1],\"currency\":\"EUR\"}").expect(400),
                payment("card number for an integer", "{\"orderReference\":\"ORD\",\"amount\":\"" + CARD + "x\",\"currency\":\"EUR\"}").expect(400),
                payment("null for a required field", "{\"orderReference\":\"ORD\",\"amount\":1,\"currency\":null}").expect(400),
                payment("string for an object", "{\"orderReference\":\"ORD\",\"amount\":1,\"currency\":\"EUR\",\"buyer\":\"x\"}").expect(400),
                payment("null document", "null").expect(400),
                payment("array document", "[]").expect(400),
                payment("string document", "\"x\"").expect(400),
                payment("empty body", "").expect(400),
                payment("truncated JSON", "{\"orderReference\":").expect(400),
                payment("single quotes", "{'orderReference':'ORD','amount':1,'currency':'EUR'}").expect(400),
                payment("comment", "{/* c */\"orderReference\":\"ORD\",\"amount\":1,\"currency\":\"EUR\"}").expect(400),
                payment("control character in a string", "{\"orderReference\":\"O\u0001RD\",\"amount\":1,\"currency\":\"EUR\"}").expect(400),
                payment("deep nesting", nested(2_000)).expect(400),
                Probe.of("invalid UTF-8", "POST", "/test-payments").bearer(token).header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .body(new byte[] {'{', '"', 'o', 'r', 'd', 'e', 'r', 'R', 'e', 'f', 'e', 'r', 'e', 'n', 'c', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                        .expect(400),
                payment("body over the codec limit", "{\"orderReference\":\"" + "x".repeat(300_000) + "\",\"amount\":1,\"currency\":\"EUR\"}").expect(413),
                payment("2 MB body", "[" + "1,".repeat(1_000_000) + "1]").expect(413),
                // media types
                Probe.of("text/plain body", "POST", "/test-payments").bearer(token).header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "text/plain").body(VALID.getBytes(StandardCharsets.UTF_8)).expect(415),
                Probe.of("XML body", "POST", "/test-payments").bearer(token).header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/xml").body("<a/>".getBytes(StandardCharsets.UTF_8)).expect(415),
                Probe.of("no Content-Type", "POST", "/test-payments").bearer(token).header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(VALID.getBytes(StandardCharsets.UTF_8)).expect(415),
                Probe.of("malformed Content-Type", "POST", "/test-payments").bearer(token).header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json;;=").body(VALID.getBytes(StandardCharsets.UTF_8)),
                Probe.of("JSON to a form endpoint", "POST", "/test-forms").bearer(token).json("{}").expect(415),
                get("not acceptable", "/test-currencies").header("Accept", "image/png").expect(406),
                payment("not acceptable answer to a payment", VALID).header("Accept", "image/png").expect(406),
                payment("unparsable Accept on a payment", VALID).header("Accept", "no media type;;").expect(400),
                // form bodies
                Probe.of("bad percent-encoding in a form value", "POST", "/test-forms").bearer(token).form("a=%zz").expect(400),
                Probe.of("bad percent-encoding in a form name", "POST", "/test-forms").bearer(token).form("%zz=1").expect(400),
                Probe.of("truncated percent-encoding in a form", "POST", "/test-forms").bearer(token).form("a=%4").expect(400),
                // methods and paths
                Probe.of("DELETE on a collection", "DELETE", "/test-payments").bearer(token).expect(405),
                Probe.of("PUT on a resource", "PUT", "/test-payments/" + id).bearer(token).json("{}").expect(405),
                Probe.of("PATCH on an admin endpoint", "PATCH", "/admin/ping").bearer(token).expect(405),
                Probe.of("unknown method", "FROB", "/test-payments").bearer(token),
                get("unknown path", "/no/such/path").expect(404),
                get("unknown path with a card number", "/no/such/" + CARD).expect(404),
                get("card number for a UUID", "/test-payments/" + CARD).expect(400),
                get("grouped card number for a UUID", "/test-payments/4111-1111-1111-1111").expect(400),
                get("card number in a query parameter", "/test-payments?orderReference=" + CARD).expect(404),
                get("bad percent-encoding in the path", "/test-payments/%zz").expect(400),
                get("truncated percent-encoding in the path", "/test-payments/%E0%A4%A").expect(400),
                get("encoded NUL in the path", "/test-payments/%00").expect(400),
                get("encoded slashes in the path", "/test-payments/..%2F..%2Fetc%2Fpasswd").expect(400),
                get("markup in the path", "/test-payments/<script>").expect(400),
                get("bad percent-encoding in the query", "/test-payments?orderReference=%zz").expect(400),
                get("missing query parameter", "/test-payments").expect(400),
                get("URL of 10 kB", "/test-payments/" + "a".repeat(10_000)).expect(414),
                Probe.of("bad path variable on a POST", "POST", "/test-payments/not-a-uuid/decline").bearer(token).expect(400),
                // headers
                get("Authorization twice", "/test-payments/" + id).bearer(token).expect(400),
                get("Authorization twice in other cases", "/test-payments/" + id).header("authorization", "Bearer " + token).expect(400),
                payment("Content-Type twice", VALID).header("Content-Type", "application/json").expect(400),
                payment("Idempotency-Key twice", VALID).header("Idempotency-Key", "second-key").expect(400),
                Probe.of("Idempotency-Key with a comma", "POST", "/test-payments").bearer(token).header("Idempotency-Key", "a,b").json(VALID).expect(400),
                Probe.of("Idempotency-Key with a space", "POST", "/test-payments").bearer(token).header("Idempotency-Key", "a b").json(VALID).expect(400),
                Probe.of("Idempotency-Key with a tab", "POST", "/test-payments").bearer(token).header("Idempotency-Key", "a\tb").json(VALID).expect(400),
                Probe.of("Idempotency-Key not ASCII", "POST", "/test-payments").bearer(token).header("Idempotency-Key", "cl\u00e9").json(VALID).expect(400),
                Probe.of("Idempotency-Key of 256 characters", "POST", "/test-payments").bearer(token).header("Idempotency-Key", "k".repeat(256)).json(VALID).expect(400),
                Probe.of("Idempotency-Key that is a card number", "POST", "/test-payments").bearer(token).header("Idempotency-Key", CARD + ",x").json(VALID).expect(400),
                Probe.of("Authorization of 10 kB", "GET", "/test-payments/" + id).header("Authorization", "Bearer " + "a".repeat(10_000)).expect(431),
                get("a header of 20 kB", "/test-payments/" + id).header("X-Padding", "p".repeat(20_000)).expect(431),
                Probe.of("Authorization of 7 kB", "GET", "/test-payments/" + id).header("Authorization", "Bearer " + "a".repeat(7_000)).expect(401),
                get("Host twice", "/test-payments/" + id).header("Host", "localhost").header("Host", "evil.example").expect(400),
                Probe.of("empty Idempotency-Key", "POST", "/test-payments").bearer(token).header("Idempotency-Key", "").json(VALID).expect(400),
                get("malformed Content-Length", "/test-payments/" + id).header("Content-Length", "abc").expect(400),
                get("header name with a space", "/test-payments/" + id).header("Bad Header", "x").expect(400),
                Probe.of("Authorization with a C1 control character", "GET", "/test-payments/" + id)
                        .header("Authorization", "Bearer " + token + "\u0085").expect(400),
                Probe.of("no token", "GET", "/test-payments/" + id).expect(401),
                Probe.of("not a JWT", "GET", "/test-payments/" + id).header("Authorization", "Bearer not-a-jwt").expect(401),
                Probe.of("Basic credentials", "GET", "/test-payments/" + id).header("Authorization", "Basic dXNlcjpwYXNz").expect(401)));
        Probe manyHeaders = get("200 headers", "/test-payments/" + id);
        for (int i = 0; i < 200; i++) {
            manyHeaders = manyHeaders.header("X-Header-" + i, "v".repeat(60));
        }
        probes.add(manyHeaders.expect(431));
        return probes;
    }

    @Test
    void every_bad_request_gets_a_clean_problem_and_changes_nothing() {
        List<Probe> probes = probes();
        String before = tables();
        int executionsBefore = executions.count();

        List<String> flaws = BadInputSweep.sweep(port, probes);

        assertThat(probes).hasSizeGreaterThanOrEqualTo(40);
        assertThat(flaws).isEmpty();
        assertThat(tables()).isEqualTo(before);
        assertThat(executions.count()).isEqualTo(executionsBefore);
    }

    private String tables() {
        return database.sql("""
                        select (select count(*) from test_payments) || ' payments, '
                            || (select count(*) from outbox_events) || ' outbox rows, '
                            || (select count(*) from attempt_counts) || ' attempt windows, '
                            || (select count(*) from idempotency_keys where caller_subject = :customer) || ' keys of the sweep'
                        """)
                .bind("customer", customer)
                .map(row -> row.get(0, String.class)).one().block();
    }
}
