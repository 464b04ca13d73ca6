package com.secutix.payments.platform.web.attempts;

import org.springframework.http.server.reactive.ServerHttpRequest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request comes from, as a per-address attempt limit counts it: the request's remote
 * address, which {@code X-Forwarded-For} / {@code Forwarded} replace only when the service trusts them
 * ({@code server.forward-headers-strategy}: {@code native} or {@code framework}; with {@code none} the
 * peer of the TCP connection). An IPv4 address counts as itself; an IPv6 address as its /64 network,
 * since one subscriber usually holds a whole /64 and could otherwise change address at every attempt.
 */
public final class ClientAddress {

    private static final int IPV6_NETWORK_BYTES = 8;
    private static final Pattern IPV4_LITERAL = Pattern.compile("((25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])");
    /** Text with a colon is read as an IPv6 literal (never looked up in DNS). */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private ClientAddress() {
    }

    /** The counted address of the request, or empty when the server does not know it. */
    public static Optional<String> of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return Optional.empty();
        }
        InetAddress address = remote.getAddress();
        if (address == null) {
            // an unresolved name, e.g. a forwarded value that is not an IP address: count it as written
            return Optional.ofNullable(remote.getHostString()).filter(host -> !host.isBlank());
        }
        return Optional.of(counted(address));
    }

    /**
     * The counted form of an IP address written as text (an IPv4 or IPv6 literal, never a host name: no DNS
     * lookup is made); text that is no IP literal counts as written.
     */
    public static String counted(String ipLiteral) {
        if (!isIpLiteral(ipLiteral)) {
            return String.valueOf(ipLiteral);
        }
        try {
            return counted(InetAddress.getByName(ipLiteral));
        } catch (UnknownHostException notAnAddress) {
            return ipLiteral;
        }
    }

    /** Whether the text is an IPv4 or IPv6 literal, so that reading it never asks DNS. */
    public static boolean isIpLiteral(String text) {
        return text != null && (IPV4_LITERAL.matcher(text).matches() || IPV6_LITERAL.matcher(text).matches());
    }

    static String counted(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, IPV6_NETWORK_BYTES, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException("16 bytes are always an IPv6 address", impossible);
            }
        }
        return address.getHostAddress();
    }
}
