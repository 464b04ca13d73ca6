package com.secutix.payments.platform.web.returnurls;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The addresses a tenant lets the PSP send its buyers back to (Alias Gateway ACCEPTURL / EXCEPTIONURL,
 * 3-D Secure ACCEPTURL / DECLINEURL / EXCEPTIONURL). An entry allows a URL with the same scheme, host and
 * port whose path is the entry's path or lies under it ({@code https://shop.example/checkout/} allows
 * {@code https://shop.example/checkout/card/accept}, not {@code https://shop.example/checkout-evil}).
 * An empty list allows nothing: a tenant without a list cannot have a form signed, so a phishing page
 * cannot collect aliases through our signature.
 */
public record ReturnUrls(List<URI> allowed) {

    public ReturnUrls {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        for (URI entry : allowed) {
            if (!entry.isAbsolute() || entry.getHost() == null || entry.getUserInfo() != null
                    || entry.getQuery() != null || entry.getFragment() != null) {
                throw new IllegalArgumentException("return-urls: " + entry
                        + " must be an absolute http(s) URL without user, query or fragment");
            }
        }
    }

    public boolean allow(URI url) {
        return allowed.stream().anyMatch(entry -> sameOrigin(entry, url) && underPath(entry, url));
    }

    private static boolean sameOrigin(URI entry, URI url) {
        return scheme(entry).equals(scheme(url))
                && entry.getHost().toLowerCase(Locale.ROOT).equals(url.getHost() == null ? null
                        : url.getHost().toLowerCase(Locale.ROOT))
                && port(entry) == port(url);
    }

    private static boolean underPath(URI entry, URI url) {
        String allowedPath = entry.getRawPath() == null || entry.getRawPath().isEmpty() ? "/" : entry.getRawPath();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (path.contains("/../") || path.endsWith("/..") || path.contains("/./")) {
            return false;
        }
        if (allowedPath.endsWith("/")) {
            return path.startsWith(allowedPath);
        }
        return path.equals(allowedPath) || path.startsWith(allowedPath + "/");
    }

    private static String scheme(URI uri) {
        return Objects.toString(uri.getScheme(), "").toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(scheme(uri)) ? 443 : 80;
    }
}
