package com.secutix.payments.testsupport;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bad-input sweep over a running service: each {@link Probe} is sent byte for byte as written (raw
 * HTTP/1.1 over a socket, so a header can be given twice, a path can be badly percent-encoded, a
 * request line can be 10 kB long), and every {@link Answer} must be a clean problem: no 5xx, the
 * expected status, {@code application/problem+json} with {@code status}, {@code title} and
 * {@code detail}, no name of an internal class and no card number anywhere in the answer.
 *
 * <pre>{@code
 * List<String> flaws = BadInputSweep.sweep(port, List.of(
 *         Probe.of("duplicated JSON key", "POST", "/payments").bearer(token).json("{\"amount\":\"1\",\"amount\":\"2\"}").expect(400),
 *         Probe.of("Authorization twice", "GET", "/payments/x").bearer(token).bearer(token).expect(400)));
 * assertThat(flaws).isEmpty();
 * }</pre>
 */
public final class BadInputSweep {

    /** An internal class or package named in an answer ({@code java.lang.}, {@code tools.jackson.}...). */
    public static final Pattern INTERNAL_CLASS = Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|reactor|io\\.netty|com\\.secutix)\\.");

    private static final int TIMEOUT_MILLIS = 20_000;

    private BadInputSweep() {
    }

    /**
     * One request as it goes on the wire. {@code Host}, {@code Content-Length} (when there is a body and
     * the probe gives none) and {@code Connection: close} are added when sent; every other header is
     * sent as given, in order, duplicates included. {@code expectedStatus} 0 accepts any 4xx.
     */
    public record Probe(String name, String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
                        int expectedStatus) {

        public Probe {
            headers = List.copyOf(headers);
        }

        public static Probe of(String name, String method, String target) {
            return new Probe(name, method, target, List.of(), null, 0);
        }

        public Probe header(String headerName, String value) {
            List<Map.Entry<String, String>> more = new ArrayList<>(headers);
            more.add(Map.entry(headerName, value));
            return new Probe(name, method, target, more, body, expectedStatus);
        }

        public Probe bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Probe json(String json) {
            return header("Content-Type", "application/json").body(json.getBytes(StandardCharsets.UTF_8));
        }

        public Probe form(String form) {
            return header("Content-Type", "application/x-www-form-urlencoded").body(form.getBytes(StandardCharsets.UTF_8));
        }

        public Probe body(byte[] bytes) {
            return new Probe(name, method, target, headers, bytes, expectedStatus);
        }

        public Probe expect(int status) {
            return new Probe(name, method, target, headers, body, status);
        }

        byte[] bytes(int port) {
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            if (!has("Host")) {
                head.append("Host: localhost:").append(port).append("\r\n");
            }
            headers.forEach(header -> head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n"));
            if (body != null && !has("Content-Length") && !has("Transfer-Encoding")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                bytes.writeBytes(body);
            }
            return bytes.toByteArray();
        }

        private boolean has(String headerName) {
            return headers.stream().anyMatch(header -> header.getKey().equalsIgnoreCase(headerName));
        }

        @Override
        public String toString() {
            return name + " (" + method + " " + (target.length() > 80 ? target.substring(0, 80) + "..." : target) + ")";
        }
    }

    /** What the service answered; header names in lower case. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String headerName) {
            List<String> values = headers.get(headerName.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    /**
     * Sends every probe and returns one line per flaw ({@code "Authorization twice (GET /x): answered 500 ..."}),
     * so that a test asserts the list is empty and sees every failure of the sweep at once.
     */
    public static List<String> sweep(int port, List<Probe> probes) {
        List<String> flaws = new ArrayList<>();
        for (Probe probe : probes) {
            Answer answer = send(port, probe);
            for (String flaw : flaws(probe, answer)) {
                flaws.add(probe + ": " + flaw);
            }
        }
        return flaws;
    }

    /** Sends the probe on a new connection and reads the whole answer (the connection is closed after it). */
    public static Answer send(int port, Probe probe) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(probe.bytes(port));
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer (413, 431...) and close before reading all of a large request
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + probe, e);
        }
    }

    /** Why this answer is not a clean problem answer to the probe; empty when it is one. */
    public static List<String> flaws(Probe probe, Answer answer) {
        List<String> flaws = new ArrayList<>();
        String shown = answer.toString().length() > 400 ? answer.toString().substring(0, 400) + "..." : answer.toString();
        if (answer.status() >= 500) {
            flaws.add("answered " + answer.status() + ", a server error: " + shown);
        }
        if (probe.expectedStatus() != 0 && answer.status() != probe.expectedStatus()) {
            flaws.add("answered " + answer.status() + " instead of " + probe.expectedStatus() + ": " + shown);
        } else if (probe.expectedStatus() == 0 && (answer.status() < 400 || answer.status() >= 500)) {
            flaws.add("answered " + answer.status() + " instead of a 4xx refusal: " + shown);
        }
        flaws.addAll(problemFlaws(answer, shown));
        Matcher internal = INTERNAL_CLASS.matcher(answer.toString());
        if (internal.find()) {
            flaws.add("names an internal class (" + internal.group() + "...): " + shown);
        }
        if (!CardDataScanner.scan("answer", answer.toString()).isEmpty()) {
            flaws.add("echoes a card number: " + CardDataScanner.scan("answer", answer.toString()));
        }
        return flaws;
    }

    private static List<String> problemFlaws(Answer answer, String shown) {
        String contentType = answer.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return List.of("is not application/problem+json (Content-Type " + contentType + "): " + shown);
        }
        List<String> flaws = new ArrayList<>();
        try {
            DocumentContext problem = JsonPath.parse(answer.body());
            Object status = problem.read("$.status");
            if (!(status instanceof Number number) || number.intValue() != answer.status()) {
                flaws.add("has status " + status + " in its body but " + answer.status() + " on the wire");
            }
            for (String member : List.of("title", "detail")) {
                Object value = problem.read("$." + member);
                if (!(value instanceof String text) || text.isBlank()) {
                    flaws.add("has no " + member + ": " + shown);
                }
            }
        } catch (RuntimeException notAProblem) {
            flaws.add("is not an RFC 9457 problem (" + notAProblem.getMessage() + "): " + shown);
        }
        return flaws;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                bytes.write(chunk, 0, read);
            }
        } catch (IOException reset) {
            if (bytes.size() == 0) {
                throw reset;
            }
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int endOfHead = text.indexOf("\r\n\r\n");
        if (endOfHead < 0) {
            throw new IllegalStateException("not an HTTP answer: " + text);
        }
        String[] lines = text.substring(0, endOfHead).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, endOfHead + 4, raw.length);
        List<String> encoding = headers.get("transfer-encoding");
        if (encoding != null && encoding.contains("chunked")) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int endOfSize = indexOf(chunked, at);
            int size = Integer.parseInt(new String(chunked, at, endOfSize - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, endOfSize + 2, size);
            at = endOfSize + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("a chunk size without its line end");
    }
}
