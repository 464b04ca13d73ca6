package com.secutix.payments.platform.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code payments.secrets.*}: the key ring of sealed secrets (platform-core README, "Secrets at rest").
 *
 * @param keys          encryption keys by id: {@code payments.secrets.keys.<key-id>=<base64 of 32 bytes>}; ids are
 *                      letters, digits, {@code -} and {@code _}
 * @param activeKey     the id of the key new values are sealed under (one of {@code keys})
 * @param lookupKey     the HMAC key of the blind index (base64 of 32 bytes): separate from the encryption keys and
 *                      never rotated by {@code rotate}, since every digest column depends on it
 * @param required      set by a service that keeps secrets: it refuses to start without a key ring
 * @param rotate        run the rotation command: re-seal every sealed column under the active key, print the counts
 *                      and stop
 * @param rotationBatch rows re-sealed per transaction by the rotation and the sealing migrations
 */
@ConfigurationProperties("payments.secrets")
public record SecretsProperties(Map<String, String> keys, String activeKey, String lookupKey, boolean required,
                                boolean rotate, Integer rotationBatch) {

    public SecretsProperties {
        keys = keys == null ? Map.of() : new LinkedHashMap<>(keys);
        rotationBatch = rotationBatch == null ? 500 : rotationBatch;
    }

    /** Key ids and settings, never a key. */
    @Override
    public String toString() {
        return "SecretsProperties[keys=" + keys.keySet() + ", activeKey=" + activeKey + ", lookupKey=[hidden], required="
                + required + ", rotate=" + rotate + ", rotationBatch=" + rotationBatch + "]";
    }
}
