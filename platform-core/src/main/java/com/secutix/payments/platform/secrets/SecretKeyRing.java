package com.secutix.payments.platform.secrets;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The encryption keys by id (AES-256: 32 bytes each), the id of the active one, and the lookup key of the blind
 * index. Built from {@link SecretsProperties}; every problem is named by setting or key id, never by value.
 */
public final class SecretKeyRing {

    /** A key id: it is written in every sealed value, between colons. */
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecretKey lookupKey;

    private SecretKeyRing(Map<String, SecretKey> keys, String activeKeyId, SecretKey lookupKey) {
        this.keys = Collections.unmodifiableMap(keys);
        this.activeKeyId = activeKeyId;
        this.lookupKey = lookupKey;
    }

    /**
     * @param keys        base64 (or base64url) of 32 random bytes, by key id
     * @param activeKeyId the key new values are sealed under
     * @param lookupKey   base64 of the 32-byte HMAC key of the blind index
     */
    public static SecretKeyRing of(Map<String, String> keys, String activeKeyId, String lookupKey) {
        if (activeKeyId == null || activeKeyId.isBlank()) {
            throw new IllegalStateException("payments.secrets.active-key is not set: name the key new secrets are sealed under");
        }
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        keys.forEach((id, value) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("payments.secrets.keys: key id '" + id + "' is not 1 to 64 letters, digits, '-' or '_'");
            }
            ring.put(id, new SecretKeySpec(decode("payments.secrets.keys." + id, value), "AES"));
        });
        if (!ring.containsKey(activeKeyId)) {
            throw new IllegalStateException("payments.secrets.active-key names key '" + activeKeyId
                    + "', which is not in payments.secrets.keys (" + String.join(", ", ring.keySet()) + ")");
        }
        if (lookupKey == null || lookupKey.isBlank()) {
            throw new IllegalStateException("payments.secrets.lookup-key is not set: the HMAC key of the blind index");
        }
        return new SecretKeyRing(ring, activeKeyId, new SecretKeySpec(decode("payments.secrets.lookup-key", lookupKey), "HmacSHA256"));
    }

    private static byte[] decode(String setting, String value) {
        String text = value == null ? "" : value.strip();
        byte[] bytes;
        try {
            bytes = text.indexOf('-') >= 0 || text.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(setting + " is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " must be 32 bytes (base64 of 32 random bytes), not " + bytes.length);
        }
        return bytes;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    SecretKey active() {
        return keys.get(activeKeyId);
    }

    /** The key of that id; a missing one is named. */
    SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new SealedSecretException("sealed under key '" + keyId + "', which is not in the key ring ("
                    + String.join(", ", keys.keySet()) + "): add it to payments.secrets.keys");
        }
        return key;
    }

    SecretKey lookupKey() {
        return lookupKey;
    }
}
