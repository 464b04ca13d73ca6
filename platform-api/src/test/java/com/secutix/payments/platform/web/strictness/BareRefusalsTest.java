package com.secutix.payments.platform.web.strictness;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class BareRefusalsTest {

    private final BareRefusals refusals = new BareRefusals(4096, 8192);

    private ProblemDetail bad(String method, String target) {
        return refusals.problemFor(400, new BareRefusals.SeenRequest(method, target, null));
    }

    @Test
    void an_over_long_request_line_is_a_414_naming_the_limit() {
        ProblemDetail problem = refusals.problemFor(414, new BareRefusals.SeenRequest("GET", "/bad-request",
                new TooLongHttpLineException("An HTTP line is larger than 4096 bytes.")));

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.URI_TOO_LONG.value());
        assertThat(problem.getDetail()).isEqualTo("The request line (method, URL and protocol) is longer than 4096 bytes; shorten the URL.");
    }

    @Test
    void over_large_headers_are_a_431_naming_the_limit() {
        ProblemDetail problem = refusals.problemFor(431, new BareRefusals.SeenRequest("GET", "/bad-request",
                new TooLongHttpHeaderException("HTTP header is larger than 8192 bytes.")));

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value());
        assertThat(problem.getDetail()).isEqualTo("The request headers are larger than 8192 bytes in all; send fewer or shorter headers.");
    }

    @Test
    void a_bad_request_says_which_rule_the_url_broke_without_echoing_it() {
        assertThat(bad("GET", "/payments/%zz").getDetail())
                .isEqualTo("The request URL is not validly percent-encoded: each '%' must be followed by two hexadecimal digits.");
        assertThat(bad("GET", "/payments?card=%4").getDetail()).startsWith("The request URL is not validly percent-encoded");
        assertThat(bad("GET", "/payments/<script>").getDetail()).startsWith("The request URL holds characters that must be percent-encoded");
        assertThat(bad("GET", "/payments/..%2F..%2Fetc").getDetail()).startsWith("The request URL is not accepted: it holds an encoded '/'");
        assertThat(bad("GET", "/payments/%00").getDetail()).startsWith("The request URL is not accepted");
        assertThat(bad("GET", "/a/../b").getDetail()).startsWith("The request URL is not accepted");
        assertThat(bad("FROB", "/payments").getDetail())
                .isEqualTo("The request method is not one of GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS.");
        assertThat(bad("GET", "/payments/4111111111111111%zz").getDetail()).doesNotContain("4111");
    }

    @Test
    void an_unparsable_request_is_a_400() {
        ProblemDetail problem = refusals.problemFor(400, new BareRefusals.SeenRequest("GET", "/bad-request",
                new IllegalArgumentException("invalid version format: HTTP/9")));

        assertThat(problem.getDetail()).isEqualTo("The request is not valid HTTP/1.1: its request line or a header cannot be parsed.");
    }

    @Test
    void a_bare_server_error_reveals_nothing() {
        ProblemDetail problem = refusals.problemFor(500, BareRefusals.SeenRequest.UNKNOWN);

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR.value());
        assertThat(problem.getDetail()).isEqualTo("The request could not be completed; it can be retried later.");
    }
}
