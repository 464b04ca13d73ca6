package com.secutix.payments.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a sealed value belongs to: its purpose (say {@code psp-alias}) and its tenant. Sealing binds the value to
 * it (AES-GCM associated data), so a sealed value copied into a row of another purpose or another tenant does not
 * open; the blind index ({@link SecretSealer#lookupDigest}) depends on it too.
 */
public record SealContext(String purpose, String tenantId) {

    public SealContext {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(tenantId, "tenantId");
        if (purpose.isBlank() || purpose.indexOf('\0') >= 0 || tenantId.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a seal context needs a purpose and a tenant id without NUL characters");
        }
    }

    /** A PSP alias of a tenant: the purpose every service uses for aliases. */
    public static SealContext pspAlias(String tenantId) {
        return new SealContext(PSP_ALIAS, tenantId);
    }

    /** The purpose of PSP aliases. */
    public static final String PSP_ALIAS = "psp-alias";

    /** The associated data: {@code purpose NUL tenant}. */
    byte[] associatedData() {
        return (purpose + '\0' + tenantId).getBytes(StandardCharsets.UTF_8);
    }
}
