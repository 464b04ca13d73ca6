package com.secutix.payments.pspsimulator.card.application;

import com.secutix.payments.pspsimulator.card.domain.CardEntryCheck;
import com.secutix.payments.pspsimulator.card.domain.CardFieldError;
import com.secutix.payments.pspsimulator.card.domain.StoredCard;
import com.secutix.payments.pspsimulator.merchant.application.MerchantAccounts;
import com.secutix.payments.pspsimulator.merchant.domain.FeedbackRedirect;
import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.merchant.domain.MerchantAccount;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Alias Gateway: the buyer's browser posts the card fields; the card is stored behind an alias (new, or
 * updated) and the browser is sent back to ACCEPTURL, or to EXCEPTIONURL when a field is wrong.
 */
public class RegisterCard {

    /** The fields the merchant's server signs (the card fields are typed by the buyer and never signed). */
    static final List<String> SIGNED_FIELDS = List.of("ACCEPTURL", "ALIAS", "ALIASPERSISTEDAFTERUSE", "BRAND",
            "EXCEPTIONURL", "ORDERID", "PARAMPLUS", "PSPID");

    private static final String STATUS_OK = "0";
    private static final String STATUS_NOT_OK = "1";
    private static final String STATUS_UPDATED = "2";
    private static final String GENERAL_ERROR = "55555555";

    private final MerchantAccounts accounts;
    private final StoredCards cards;
    private final Clock clock;
    /** An alias starts charges: it must not be guessable from the ones handed out before. */
    private final SecureRandom aliases;

    public RegisterCard(MerchantAccounts accounts, StoredCards cards, Clock clock, SecureRandom aliases) {
        this.accounts = accounts;
        this.cards = cards;
        this.clock = clock;
        this.aliases = aliases;
    }

    public AliasGatewayOutcome register(FormParameters form) {
        Optional<MerchantAccount> found = accounts.find(form.getOrEmpty("PSPID"));
        if (found.isEmpty()) {
            return new AliasGatewayOutcome.Refused("PSPID not found or not active");
        }
        MerchantAccount account = found.get();
        Optional<String> shaSign = form.get("SHASIGN");
        if (shaSign.isEmpty()) {
            return new AliasGatewayOutcome.Refused("unknown order/0/s");
        }
        if (!account.isSignedIn(form.only(SIGNED_FIELDS), shaSign.get())) {
            return new AliasGatewayOutcome.Refused("unknown order/1/s");
        }
        if (form.get("ACCEPTURL").isEmpty()) {
            return new AliasGatewayOutcome.Refused("ACCEPTURL is required");
        }
        Optional<StoredCard> existing = form.get("ALIAS").flatMap(alias -> cards.find(account.pspid(), alias));
        boolean masked = CardEntryCheck.isMasked(form.getOrEmpty("CARDNO"));
        if (existing.isPresent() && masked) {
            return changeDetails(account, form, existing.get());
        }
        if (masked) {
            return failure(account, form, CardEntryCheck.ofDetailsChange(form.getOrEmpty("CARDNO"), "", null,
                    form.getOrEmpty("CN"), form.getOrEmpty("ED"), null, now()));
        }
        return storeCard(account, form, existing);
    }

    private AliasGatewayOutcome changeDetails(MerchantAccount account, FormParameters form, StoredCard card) {
        var current = card.view();
        CardEntryCheck check = CardEntryCheck.ofDetailsChange(form.getOrEmpty("CARDNO"), current.maskedNumber(),
                current.brand(), form.getOrEmpty("CN"), form.getOrEmpty("ED"), form.getOrEmpty("CVC"), now());
        if (!check.passed()) {
            return failure(account, form, check);
        }
        card.changeDetails(form.getOrEmpty("CN"), check.expiry());
        check.cvc().ifPresent(cvc -> cards.retainCvc(card.pspid(), card.alias(), cvc));
        return success(account, form, card, STATUS_UPDATED);
    }

    private AliasGatewayOutcome storeCard(MerchantAccount account, FormParameters form, Optional<StoredCard> existing) {
        CardEntryCheck check = CardEntryCheck.ofNewCard(form.getOrEmpty("CARDNO"), form.getOrEmpty("CN"),
                form.getOrEmpty("ED"), form.getOrEmpty("CVC"), form.getOrEmpty("BRAND"), now());
        if (!check.passed()) {
            return failure(account, form, check);
        }
        StoredCard card;
        String status;
        if (existing.isPresent()) {
            card = existing.get();
            card.replaceCard(check.number(), check.brand(), form.getOrEmpty("CN"), check.expiry());
            cards.forgetCvc(card.pspid(), card.alias());
            status = STATUS_UPDATED;
        } else {
            String alias = form.get("ALIAS").orElseGet(this::newAlias);
            boolean temporary = form.get("ALIASPERSISTEDAFTERUSE").map(v -> v.equalsIgnoreCase("N")).orElse(false);
            card = new StoredCard(account.pspid(), alias, check.number(), check.brand(), form.getOrEmpty("CN"),
                    check.expiry(), temporary, clock.instant());
            cards.save(card);
            status = STATUS_OK;
        }
        check.cvc().ifPresent(cvc -> cards.retainCvc(card.pspid(), card.alias(), cvc));
        return success(account, form, card, status);
    }

    private AliasGatewayOutcome success(MerchantAccount account, FormParameters form, StoredCard card, String status) {
        var view = card.view();
        Map<String, String> feedback = new LinkedHashMap<>();
        feedback.put("ALIAS", view.alias());
        feedback.put("CARDNO", view.maskedNumber());
        feedback.put("CN", view.holder());
        feedback.put("ED", view.expiry().ogoneFormat());
        feedback.put("BRAND", view.brand().ogoneName());
        feedback.put("ORDERID", form.getOrEmpty("ORDERID"));
        feedback.put("STATUS", status);
        feedback.put("NCERROR", "0");
        feedback.put("NCERRORCARDNO", "0");
        feedback.put("NCERRORCN", "0");
        feedback.put("NCERRORCVC", "0");
        feedback.put("NCERRORED", "0");
        return new AliasGatewayOutcome.Redirect(FeedbackRedirect.to(form.getOrEmpty("ACCEPTURL"), feedback, account,
                form.getOrEmpty("PARAMPLUS")));
    }

    private AliasGatewayOutcome failure(MerchantAccount account, FormParameters form, CardEntryCheck check) {
        Map<String, String> feedback = new LinkedHashMap<>();
        feedback.put("ALIAS", form.getOrEmpty("ALIAS"));
        feedback.put("CARDNO", maskedOrEmpty(form.getOrEmpty("CARDNO")));
        feedback.put("CN", form.getOrEmpty("CN"));
        feedback.put("ED", form.getOrEmpty("ED"));
        feedback.put("BRAND", form.getOrEmpty("BRAND"));
        feedback.put("ORDERID", form.getOrEmpty("ORDERID"));
        feedback.put("STATUS", STATUS_NOT_OK);
        feedback.put("NCERROR", GENERAL_ERROR);
        feedback.put("NCERRORCARDNO", code(check.cardNumberError()));
        feedback.put("NCERRORCN", code(check.holderError()));
        feedback.put("NCERRORCVC", code(check.cvcError()));
        feedback.put("NCERRORED", code(check.expiryError()));
        String url = form.get("EXCEPTIONURL").orElse(form.getOrEmpty("ACCEPTURL"));
        return new AliasGatewayOutcome.Redirect(FeedbackRedirect.to(url, feedback, account, form.getOrEmpty("PARAMPLUS")));
    }

    /** Never echo a full number back: keep the last four digits of whatever was typed. */
    private static String maskedOrEmpty(String typed) {
        String compact = typed.replace(" ", "");
        if (compact.length() < 4 || CardEntryCheck.isMasked(compact)) {
            return compact.length() < 4 ? "" : compact;
        }
        return "X".repeat(compact.length() - 4) + compact.substring(compact.length() - 4);
    }

    private static String code(Optional<CardFieldError> error) {
        return error.map(CardFieldError::code).orElse("0");
    }

    private String newAlias() {
        byte[] bytes = new byte[16];
        aliases.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private YearMonth now() {
        return YearMonth.now(clock);
    }
}
