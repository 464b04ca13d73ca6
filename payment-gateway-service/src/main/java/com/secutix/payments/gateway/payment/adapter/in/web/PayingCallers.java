package com.secutix.payments.gateway.payment.adapter.in.web;

import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.platform.problem.ForbiddenException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may call {@code POST /payments}, and on which channel: the channel comes from the caller's role, not
 * from what the request claims. The sales system and the checkout ({@code checkout}, the checkout page's own
 * client) pay for buyers on the web or in the app, where 3-D Secure applies; only call-centre operators take mail/phone orders; only box-office
 * terminals pay at the counter. Customers never call it: their amount and order would be theirs to choose,
 * so they pay through a checkout session. The same rules say who may act for a payment's buyer afterwards
 * ({@code POST /payments/{id}/buyer-return}): a caller that could have paid on the payment's channel.
 */
final class PayingCallers {

    private static final Map<Role, Set<Channel>> CHANNELS = new EnumMap<>(Map.of(
            Role.SALES_SYSTEM, EnumSet.of(Channel.WEB, Channel.MOBILE),
            Role.CHECKOUT, EnumSet.of(Channel.WEB, Channel.MOBILE),
            Role.OPERATOR, EnumSet.of(Channel.CALL_CENTRE),
            Role.BOX_OFFICE, EnumSet.of(Channel.BOX_OFFICE)));

    private PayingCallers() {
    }

    /**
     * The channel the caller pays on: the one asked for if the caller's roles open it, the only one they
     * open if none was asked for; null when the caller must choose (the request is then refused as invalid).
     *
     * @throws ForbiddenException when the caller may not pay at all, or not on the channel asked for
     */
    static Channel channelOf(Caller caller, Channel asked) {
        Set<Channel> open = openTo(caller,
                "customers pay through a checkout session; POST /payments is for the sales system and staff");
        if (asked == null) {
            return open.size() == 1 ? open.iterator().next() : null;
        }
        if (!open.contains(asked)) {
            throw new ForbiddenException("channel " + asked + " is not open to this caller, which pays on "
                    + open.stream().map(Enum::name).sorted().toList());
        }
        return asked;
    }

    /**
     * Checks that the caller may pay at all, before anything is looked up: a customer, or a caller without a
     * paying role, learns nothing about the payment named.
     *
     * @throws ForbiddenException when the caller may not pay
     */
    static void requirePayer(Caller caller) {
        openTo(caller, "customers do not act for their payments here: the checkout does, as the sales system");
    }

    /**
     * Checks that the caller may act for a payment of this channel, as it could have paid on it (a box office
     * may read a web payment of its tenant, but not act for its buyer).
     *
     * @throws ForbiddenException when the caller's roles do not open that channel
     */
    static void requirePayerOn(Caller caller, Channel channel) {
        channelOf(caller, channel);
    }

    /** @throws ForbiddenException when the caller may pay on no channel ({@code toCustomers} to a customer) */
    private static Set<Channel> openTo(Caller caller, String toCustomers) {
        Set<Channel> open = EnumSet.noneOf(Channel.class);
        caller.roles().forEach(role -> open.addAll(CHANNELS.getOrDefault(role, Set.of())));
        if (open.isEmpty()) {
            throw new ForbiddenException(caller.has(Role.CUSTOMER) ? toCustomers
                    : "payments are for the sales system, the checkout, call-centre operators and box offices");
        }
        return open;
    }

    /** Whether the caller may read payments: staff of the tenant, or a customer their own. */
    static boolean mayRead(Caller caller) {
        return caller.has(Role.CUSTOMER) || caller.roles().stream().anyMatch(CHANNELS::containsKey);
    }
}
