package com.secutix.payments.checkout.payment.adapter.in.web;

import com.secutix.payments.platform.web.attempts.ClientAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The buyer's address as this BFF decides it: the TCP peer, unless the peer is one of our own proxies
 * ({@code payments.checkout.trusted-proxies}: addresses or CIDR ranges), in which case the nearest address of
 * {@code X-Forwarded-For} that is not one of them. A buyer cannot choose the address they are counted by by
 * sending the header themselves: only what a trusted proxy added counts. IPv6 addresses count as their /64.
 */
public class BuyerAddresses {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<IpRange> trustedProxies;

    public BuyerAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(IpRange::parse).toList();
    }

    /** An address ({@code 10.0.0.7}) or a CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    record IpRange(byte[] network, int prefixLength) {

        static IpRange parse(String text) {
            String[] parts = text.trim().split("/", 2);
            if (!ClientAddress.isIpLiteral(parts[0])) {
                throw new IllegalArgumentException("payments.checkout.trusted-proxies: " + text + " is not an IP address or range");
            }
            byte[] network = literal(parts[0]);
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("payments.checkout.trusted-proxies: " + text + " has no valid prefix length");
            }
            return new IpRange(network, prefix);
        }

        boolean contains(String address) {
            byte[] candidate = literal(address);
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] literal(String ipLiteral) {
            try {
                return InetAddress.getByName(ipLiteral).getAddress();
            } catch (UnknownHostException notAnAddress) {
                throw new IllegalArgumentException(ipLiteral + " is not an IP address", notAnAddress);
            }
        }
    }

    public String of(ServerHttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        String address = peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
        if (isTrusted(address)) {
            List<String> forwarded = request.getHeaders().getOrEmpty(FORWARDED_FOR).stream()
                    .flatMap(header -> List.of(header.split(",")).stream())
                    .map(String::trim)
                    .filter(hop -> !hop.isEmpty())
                    .toList();
            for (int hop = forwarded.size() - 1; hop >= 0; hop--) {
                String candidate = forwarded.get(hop);
                if (!isIpLiteral(candidate)) {
                    break;
                }
                address = candidate;
                if (!isTrusted(candidate)) {
                    break;
                }
            }
        }
        return ClientAddress.counted(address);
    }

    private boolean isTrusted(String address) {
        return isIpLiteral(address) && trustedProxies.stream().anyMatch(proxy -> proxy.contains(address));
    }

    private static boolean isIpLiteral(String text) {
        return ClientAddress.isIpLiteral(text);
    }
}
