package com.secutix.payments.gateway.ogone;

import com.secutix.payments.platform.web.returnurls.ReturnUrls;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payments.psp.*}: where the PSP is, how long to wait for it, and each tenant's account.
 */
@ConfigurationProperties("payments.psp")
public record PspProperties(URI baseUrl, Duration connectTimeout, Duration readTimeout, Map<String, Account> accounts) {

    public PspProperties {
        if (baseUrl == null) {
            // no built-in address: the local stack's simulator is set by the local profile, a real PSP by the
            // deployment, where the start-up guard refuses an http:// one
            throw new IllegalArgumentException("payments.psp.base-url is required");
        }
        baseUrl = withTrailingSlash(baseUrl);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
    }

    public Optional<Account> accountOf(String tenantId) {
        return Optional.ofNullable(accounts.get(tenantId));
    }

    private static URI withTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }

    /** A tenant's merchant account at the PSP. Its secrets never appear in {@link #toString()}. */
    public record Account(String pspid, String apiUser, String apiPassword, String shaInPassphrase,
            String shaOutPassphrase, ShaAlgorithm hashAlgorithm, List<URI> returnUrls) {

        public Account {
            require(pspid, "pspid");
            require(apiUser, "api-user");
            require(apiPassword, "api-password");
            require(shaInPassphrase, "sha-in-passphrase");
            hashAlgorithm = hashAlgorithm == null ? ShaAlgorithm.SHA512 : hashAlgorithm;
            returnUrls = returnUrls == null ? List.of() : List.copyOf(returnUrls);
        }

        /** Where the PSP may send this tenant's buyers back to ({@code return-urls}). */
        public ReturnUrls allowedReturnUrls() {
            return new ReturnUrls(returnUrls);
        }

        private static void require(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("payments.psp.accounts.<tenant>." + name + " is required");
            }
        }

        @Override
        public String toString() {
            return "Account[pspid=" + pspid + ", apiUser=" + apiUser + ", hashAlgorithm=" + hashAlgorithm
                    + ", secrets=***]";
        }
    }
}
