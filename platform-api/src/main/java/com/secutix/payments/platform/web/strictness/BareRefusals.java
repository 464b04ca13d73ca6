package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.platform.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The problem for a refusal that the server answers before any application code runs, with an empty
 * body: Reactor Netty's decoding failures (request line too long → 414, headers too large → 431,
 * unparsable request → 400), a URL that is not a valid URI (400 from Spring's adapter), a request
 * refused by Spring Security's firewall (400: encoded slash, NUL, {@code ..} segment, unknown method).
 * Says precisely which rule the request broke, from what can be seen of it, without echoing it.
 */
public final class BareRefusals {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern NOT_IN_A_URI = Pattern.compile("[^A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]");
    private static final Pattern REFUSED_BY_FIREWALL = Pattern.compile(
            "(?i)%2f|%5c|%25|%2e|%00|%0a|%0d|%09|;|//|/\\.\\.?(/|$|\\?)|\\\\");

    private final long maxRequestLineBytes;
    private final long maxHeaderBytes;

    public BareRefusals(long maxRequestLineBytes, long maxHeaderBytes) {
        this.maxRequestLineBytes = maxRequestLineBytes;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /** What was seen of the request: its method and target as sent, and why Netty could not decode it (or null). */
    public record SeenRequest(String method, String target, Throwable decodingFailure) {
        public static final SeenRequest UNKNOWN = new SeenRequest(null, null, null);
    }

    public ProblemDetail problemFor(int status, SeenRequest request) {
        String failure = request.decodingFailure() == null ? "" : request.decodingFailure().getClass().getSimpleName();
        if (status == 414 || failure.equals("TooLongHttpLineException")) {
            return ProblemResponses.problem(HttpStatus.URI_TOO_LONG, "The request line (method, URL and protocol) is longer than "
                    + maxRequestLineBytes + " bytes; shorten the URL.");
        }
        if (status == 431 || failure.equals("TooLongHttpHeaderException")) {
            return ProblemResponses.problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "The request headers are larger than "
                    + maxHeaderBytes + " bytes in all; send fewer or shorter headers.");
        }
        if (status == 400) {
            return ProblemResponses.problem(HttpStatus.BAD_REQUEST, badRequestDetail(request));
        }
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null || known.is5xxServerError()) {
            return ProblemResponses.problem(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
                    "The request could not be completed; it can be retried later.");
        }
        return ProblemResponses.problem(known, known.getReasonPhrase() + ".");
    }

    private static String badRequestDetail(SeenRequest request) {
        if (request.decodingFailure() != null) {
            return "The request is not valid HTTP/1.1: its request line or a header cannot be parsed.";
        }
        String target = request.target();
        if (request.method() != null && !METHODS.contains(request.method())) {
            return "The request method is not one of GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS.";
        }
        if (target != null && BAD_ESCAPE.matcher(target).find()) {
            return "The request URL is not validly percent-encoded: each '%' must be followed by two hexadecimal digits.";
        }
        if (target != null && NOT_IN_A_URI.matcher(target).find()) {
            return "The request URL holds characters that must be percent-encoded (a space, a quote, '<', '>', '\\', "
                    + "'{', '}', '|', '^', '`', a control or a non-ASCII character).";
        }
        if (target != null && REFUSED_BY_FIREWALL.matcher(target).find()) {
            return "The request URL is not accepted: it holds an encoded '/', '\\', '%' or '.', a NUL, a line break, "
                    + "a ';', a '//' or a '.' or '..' segment.";
        }
        return "The request is not accepted: its URL or a header holds characters that are not allowed.";
    }
}
