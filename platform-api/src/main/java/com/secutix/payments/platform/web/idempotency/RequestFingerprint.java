package com.secutix.payments.platform.web.idempotency;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of the canonical JSON of a request body (object keys sorted at every level), so the same
 * request written with another key order has the same fingerprint.
 */
public class RequestFingerprint {

    private final JsonMapper canonicalMapper;

    public RequestFingerprint(JsonMapper jsonMapper) {
        this.canonicalMapper = jsonMapper.rebuild()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }

    public String of(Object body) {
        return sha256(canonicalJson(body));
    }

    String canonicalJson(Object body) {
        Object tree = body == null ? null : canonicalMapper.convertValue(body, Object.class);
        return canonicalMapper.writeValueAsString(tree);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
