package com.secutix.payments.platform.web.attempts;

import org.springframework.http.server.reactive.ServerHttpRequest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The address a request comes from, as a per-address attempt limit counts it: the request's remote
 * address, which {@code X-Forwarded-For} / {@code Forwarded} replace only when the service trusts them
 * ({@code server.forward-headers-strategy}: {@code native} or {@code framework}; with {@code none} the
 * peer of the TCP connection). An IPv4 address counts as itself; an IPv6 address as its /64 network,
 * since one subscriber usually holds a whole /64 and could otherwise change address at every attempt.
 */
public final class ClientAddress {

    private static final int IPV6_NETWORK_BYTES = 8;

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
