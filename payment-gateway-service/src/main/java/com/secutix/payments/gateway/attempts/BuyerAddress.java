package com.secutix.payments.gateway.attempts;

import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import com.secutix.payments.platform.web.attempts.ClientAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * The buyer's address as the checkout forwards it, for the card-testing limits that count per address
 * ({@code card-entry-per-ip}, {@code payment-per-ip}). The checkout (role {@code checkout}) calls for thousands
 * of buyers from its own few addresses, so its TCP peer says nothing about a buyer: it forwards each buyer's
 * address in {@value #HEADER}. The header is believed from a checkout caller only; from any other caller it
 * is ignored, never trusted, since anyone could write any address in it. From a checkout caller it is required,
 * once, holding one IPv4 or IPv6 literal (or an IPv6 address's /64 network as {@link ClientAddress} writes it,
 * {@code 2001:db8:1:2:0:0:0:0/64}); anything else is a 400 naming the header (a checkout that forgot it would
 * otherwise escape every per-address limit). The value is never repeated in an answer or a log.
 * <p>
 * An address counts as {@link ClientAddress} counts a TCP peer (the platform's one rule): an IPv4 address as
 * itself, an IPv6 address as its /64 network (one subscriber usually holds a whole /64), an IPv4-mapped IPv6
 * address as its IPv4 address.
 */
public final class BuyerAddress {

    public static final String HEADER = "X-Buyer-Address";

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    /** Dotted-quad only: no leading zero (read as octal by some parsers), no shortened or hexadecimal form. */
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /**
     * What an IPv6 literal may be made of (hex digits, colons, an IPv4 tail), starting as a literal does: with
     * such text and a colon in it, {@link InetAddress#getByName} parses the literal or refuses it, and never
     * asks a name server. No zone ({@code %eth0}), no brackets, no port.
     */
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");
    /** The /64 network of an IPv6 address, as the platform counts it and a checkout may forward it. */
    private static final String IPV6_NETWORK_SUFFIX = "/64";

    private BuyerAddress() {
    }

    /**
     * The counted address of the buyer a checkout caller calls for; empty for any other caller, whatever its
     * headers say.
     *
     * @throws InvalidRequestException when the caller is the checkout and the header is missing, given more than
     *     once, or not an IP address
     */
    public static Optional<String> of(Caller caller, HttpHeaders headers) {
        if (!caller.has(Role.CHECKOUT)) {
            return Optional.empty();
        }
        List<String> values = headers.get(HEADER);
        if (values == null || values.isEmpty()) {
            throw new InvalidRequestException("The " + HEADER + " header is required: the checkout forwards the"
                    + " address of the buyer it calls for.");
        }
        if (values.size() > 1) {
            throw new InvalidRequestException("The " + HEADER + " header is given more than once: a request"
                    + " carries the address of one buyer.");
        }
        return Optional.of(counted(values.get(0)).orElseThrow(() -> new InvalidRequestException("The " + HEADER
                + " header must hold the buyer's IPv4 or IPv6 address, such as 203.0.113.7 or 2001:db8::7.")));
    }

    /** The address as the limits count it, when the text is one IP literal (or an IPv6 /64); empty otherwise. */
    static Optional<String> counted(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.endsWith(IPV6_NETWORK_SUFFIX)) {
            String address = text.substring(0, text.length() - IPV6_NETWORK_SUFFIX.length());
            return literal(address).filter(Inet6Address.class::isInstance)
                    .map(ipv6 -> ClientAddress.counted(address));
        }
        return literal(text).map(address -> ClientAddress.counted(text));
    }

    /** The address the text is the literal of; empty for anything else, without ever asking a name server. */
    private static Optional<InetAddress> literal(String text) {
        boolean ipv4 = IPV4.matcher(text).matches();
        boolean ipv6 = !ipv4 && text.indexOf(':') >= 0 && IPV6_TEXT.matcher(text).matches();
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }
}
