package com.secutix.payments.benchmarks.measure;

import java.util.List;

/**
 * The categories a CPU sample is put in, by the innermost frame of its stack that belongs to one:
 * a sample in {@code BigInteger} called by the RSA code is JWT verification, one in a HashMap called by
 * Jackson is JSON. The first category whose prefix matches a frame's class wins.
 */
public enum HotSpot {
    JWT_RSA("JWT/RSA verification", "sun.security.rsa.", "sun.security.ec.", "com.nimbusds.", "org.springframework.security.oauth2.jwt."),
    XML("PSP answer XML parsing", "com.sun.org.apache.xerces.", "com.sun.org.apache.xml.", "javax.xml.", "org.xml.sax.", "jdk.xml."),
    TRACING("tracing", "brave.", "io.micrometer.tracing."),
    LOGGING("logging", "ch.qos.logback.", "org.slf4j."),
    JSON("JSON", "tools.jackson.", "com.fasterxml.jackson."),
    DATABASE("R2DBC/PostgreSQL driver", "io.r2dbc.", "org.postgresql."),
    KAFKA("Kafka client", "org.apache.kafka.", "org.springframework.kafka."),
    SECURITY("Spring Security", "org.springframework.security."),
    NETTY("Netty HTTP", "io.netty.", "reactor.netty."),
    OTHER("other");

    private final String label;
    private final List<String> prefixes;

    HotSpot(String label, String... prefixes) {
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    public String label() {
        return label;
    }

    /** The category of a stack, its frames' class names from the innermost (top) to the outermost. */
    public static HotSpot of(List<String> classNamesFromTop) {
        for (String className : classNamesFromTop) {
            for (HotSpot hotSpot : values()) {
                if (hotSpot.prefixes.stream().anyMatch(className::startsWith)) {
                    return hotSpot;
                }
            }
        }
        return OTHER;
    }
}
