package com.secutix.payments.pspsimulator.payment.domain;

/** Where the buyer goes after the 3-D Secure challenge, and the one-time token of the challenge page. */
public record ThreeDsReturn(String token, String acceptUrl, String declineUrl, String exceptionUrl, String paramPlus) {

    public String urlFor(TransactionStatus status) {
        if (status == TransactionStatus.REFUSED || status == TransactionStatus.PAYMENT_REFUSED) {
            return firstPresent(declineUrl, exceptionUrl, acceptUrl);
        }
        return firstPresent(acceptUrl, exceptionUrl, declineUrl);
    }

    private static String firstPresent(String... urls) {
        for (String url : urls) {
            if (url != null && !url.isBlank()) {
                return url;
            }
        }
        throw new IllegalStateException("no return URL");
    }
}
