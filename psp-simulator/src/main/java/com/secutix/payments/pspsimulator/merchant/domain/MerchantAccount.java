package com.secutix.payments.pspsimulator.merchant.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;

/** A merchant account at the PSP: PSPID, API user, SHA passphrases and hash algorithm. */
public record MerchantAccount(String pspid, String apiUser, String apiPassword, String shaInPassphrase,
                              String shaOutPassphrase, HashAlgorithm hashAlgorithm) {

    public MerchantAccount {
        requireText(pspid, "pspid");
        requireText(apiUser, "api-user");
        requireText(apiPassword, "api-password");
        requireText(shaInPassphrase, "sha-in-passphrase");
        requireText(shaOutPassphrase, "sha-out-passphrase");
        Objects.requireNonNull(hashAlgorithm, "hash-algorithm");
    }

    public boolean acceptsApiUser(String user, String password) {
        return apiUser.equals(user) && MessageDigest.isEqual(apiPassword.getBytes(StandardCharsets.UTF_8),
                (password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
    }

    public String signIn(Map<String, String> parameters) {
        return ShaSignature.of(parameters, shaInPassphrase, hashAlgorithm);
    }

    public String signOut(Map<String, String> parameters) {
        return ShaSignature.of(parameters, shaOutPassphrase, hashAlgorithm);
    }

    public boolean isSignedIn(Map<String, String> parameters, String shaSign) {
        return ShaSignature.same(signIn(parameters), shaSign);
    }

    @Override
    public String toString() {
        return "MerchantAccount[pspid=" + pspid + ", apiUser=" + apiUser + ", " + hashAlgorithm + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("merchant account: " + name + " is required");
        }
    }
}
