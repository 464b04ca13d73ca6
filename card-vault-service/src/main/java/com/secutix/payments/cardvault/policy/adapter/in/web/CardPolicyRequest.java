package com.secutix.payments.cardvault.policy.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.secutix.payments.cardvault.policy.domain.AtSavedCardLimit;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.cardvault.policy.domain.CvvRule;
import com.secutix.payments.cardvault.policy.domain.InvalidCardPolicyException;
import com.secutix.payments.cardvault.policy.domain.PolicyChannel;
import com.secutix.payments.cardvault.policy.domain.Violation;
import com.secutix.payments.events.Money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /card-policy}: the whole policy, every field required, no field the policy does not have (a
 * misspelt field silently ignored would leave a rule other than the one the admin meant).
 */
record CardPolicyRequest(Boolean savingEnabled, Integer maxSavedCardsPerCustomer, String atLimit,
                         Map<String, CvvRuleData> cvvForSavedCards, @JsonAnySetter Map<String, Object> unexpected) {

    CardPolicyRequest {
        unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
    }

    /** {@code {"rule": "ABOVE_AMOUNT", "amount": "100.00", "currency": "EUR"}}, or a rule alone. */
    record CvvRuleData(String rule, String amount, String currency, @JsonAnySetter Map<String, Object> unexpected) {

        CvvRuleData {
            unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
        }
    }

    /** @throws InvalidCardPolicyException naming every field that is wrong, the policy's own rules included */
    CardPolicy toPolicy() {
        List<Violation> violations = new ArrayList<>();
        unexpected.keySet().forEach(field -> violations.add(new Violation(field, "is not a field of a card policy.")));
        if (savingEnabled == null) {
            violations.add(new Violation("savingEnabled", "is required: true or false."));
        }
        if (maxSavedCardsPerCustomer == null) {
            violations.add(new Violation("maxSavedCardsPerCustomer", "is required."));
        }
        AtSavedCardLimit limit = atLimit == null ? null : named(AtSavedCardLimit.class, atLimit, "atLimit", violations);
        Map<PolicyChannel, CvvRule> rules = new EnumMap<>(PolicyChannel.class);
        if (cvvForSavedCards == null) {
            violations.add(new Violation("cvvForSavedCards", "is required: a rule for each of WEB, MOBILE, CALL_CENTRE and BOX_OFFICE."));
        } else {
            cvvForSavedCards.forEach((channelName, data) -> {
                PolicyChannel channel = named(PolicyChannel.class, channelName, "cvvForSavedCards." + channelName, violations);
                CvvRule rule = data == null ? null : ruleOf(data, "cvvForSavedCards." + channelName, violations);
                if (channel != null && rule != null) {
                    rules.put(channel, rule);
                }
            });
        }
        if (!violations.isEmpty()) {
            // the policy's own rules too, so that one answer names every wrong field
            try {
                policyOf(limit, rules);
            } catch (InvalidCardPolicyException policyViolations) {
                policyViolations.violations().stream()
                        .filter(violation -> violations.stream().noneMatch(known -> violation.field().startsWith(known.field())))
                        .forEach(violations::add);
            }
            throw new InvalidCardPolicyException(violations);
        }
        return policyOf(limit, rules);
    }

    private CardPolicy policyOf(AtSavedCardLimit limit, Map<PolicyChannel, CvvRule> rules) {
        return new CardPolicy(Boolean.TRUE.equals(savingEnabled), maxSavedCardsPerCustomer == null ? 1 : maxSavedCardsPerCustomer,
                limit, rules);
    }

    private static CvvRule ruleOf(CvvRuleData data, String field, List<Violation> violations) {
        data.unexpected().keySet().forEach(unknown -> violations.add(new Violation(field + "." + unknown, "is not a field of a CVV rule.")));
        if (data.rule() == null) {
            violations.add(new Violation(field + ".rule", "is required: ALWAYS, NEVER or ABOVE_AMOUNT."));
            return null;
        }
        CvvRule.Kind kind = named(CvvRule.Kind.class, data.rule(), field + ".rule", violations);
        if (kind == null) {
            return null;
        }
        if (kind != CvvRule.Kind.ABOVE_AMOUNT) {
            if (data.amount() != null || data.currency() != null) {
                violations.add(new Violation(field, "an amount and a currency go with ABOVE_AMOUNT only."));
                return null;
            }
            return kind == CvvRule.Kind.ALWAYS ? CvvRule.ALWAYS : CvvRule.NEVER;
        }
        return thresholdOf(data, field, violations);
    }

    private static CvvRule thresholdOf(CvvRuleData data, String field, List<Violation> violations) {
        if (data.currency() == null || !Money.isKnownCurrency(data.currency())) {
            violations.add(new Violation(field + ".currency", "must be an ISO 4217 currency code, e.g. EUR."));
            if (!Money.isDecimalText(data.amount())) {
                violations.add(new Violation(field + ".amount", "must be a decimal amount written as text, e.g. \"82.50\"."));
            }
            return null;
        }
        try {
            Money threshold = Money.ofDecimalText(data.amount(), data.currency());
            if (threshold.minorUnits() <= 0) {
                violations.add(new Violation(field + ".amount", "must be greater than zero."));
                return null;
            }
            return CvvRule.above(threshold);
        } catch (IllegalArgumentException invalid) {
            violations.add(new Violation(field + ".amount", invalid.getMessage()));
            return null;
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String field, List<Violation> violations) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseGet(() -> {
                    violations.add(new Violation(field, "must be one of " + Arrays.toString(type.getEnumConstants())
                            .replace("[", "").replace("]", "") + "."));
                    return null;
                });
    }
}
