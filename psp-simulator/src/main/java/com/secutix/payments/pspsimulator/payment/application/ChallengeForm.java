package com.secutix.payments.pspsimulator.payment.application;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The HTML_ANSWER of a 3-D Secure order: a form that posts the buyer's browser to the challenge page. */
final class ChallengeForm {

    private ChallengeForm() {
    }

    static String base64(String baseUrl, String token) {
        String html = """
                <form name="challengeform3D" action="%s/ncol/test/challenge" method="post">
                <input type="hidden" name="token" value="%s"/>
                <noscript><p>Please continue to your bank's identification page.</p>\
                <input type="submit" value="Continue"/></noscript>
                </form>
                <script type="text/javascript">document.forms['challengeform3D'].submit();</script>
                """.formatted(stripTrailingSlash(baseUrl), token);
        return Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
