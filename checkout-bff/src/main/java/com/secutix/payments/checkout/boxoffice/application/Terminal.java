package com.secutix.payments.checkout.boxoffice.application;

import java.util.Objects;

/**
 * The box-office terminal asking, as its access token says: its tenant, its client id, and the token itself, which
 * the BFF passes on unchanged to the gateway and the vault (token relay), so that they see the terminal as the
 * caller: the gateway pays on the {@code BOX_OFFICE} channel because the caller has the {@code box_office} role, and
 * scopes the {@code Idempotency-Key} to that caller; the vault shows that tenant's cards only.
 */
public record Terminal(String tenantId, String clientId, String accessToken) {

    public Terminal {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public String toString() {
        return "Terminal[tenantId=" + tenantId + ", clientId=" + clientId + ", accessToken=[hidden]]";
    }
}
