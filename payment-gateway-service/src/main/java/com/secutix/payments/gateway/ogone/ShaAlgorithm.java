package com.secutix.payments.gateway.ogone;

/** The hash algorithms Ogone offers for SHA-IN / SHA-OUT signatures (configured as SHA-1, SHA-256, SHA-512). */
public enum ShaAlgorithm {
    SHA1("SHA-1"), SHA256("SHA-256"), SHA512("SHA-512");

    private final String jcaName;

    ShaAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    public String jcaName() {
        return jcaName;
    }
}
