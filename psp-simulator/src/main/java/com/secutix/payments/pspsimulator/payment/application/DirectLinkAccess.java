package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.merchant.application.MerchantAccounts;
import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.merchant.domain.MerchantAccount;
import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.PaymentRefusal;

/** Every DirectLink request names a known PSPID, its API user and password, and carries a valid SHA-IN. */
public class DirectLinkAccess {

    private final MerchantAccounts accounts;

    public DirectLinkAccess(MerchantAccounts accounts) {
        this.accounts = accounts;
    }

    public MerchantAccount authenticate(FormParameters form) {
        MerchantAccount account = accounts.find(form.getOrEmpty("PSPID"))
                .orElseThrow(() -> new PaymentRefusal(NcError.UNKNOWN_PSPID, "PSPID not found or incorrect"));
        if (!account.acceptsApiUser(form.getOrEmpty("USERID"), form.getOrEmpty("PSWD"))) {
            throw new PaymentRefusal(NcError.WRONG_API_PASSWORD, "USERID or PSWD incorrect");
        }
        String shaSign = form.get("SHASIGN")
                .orElseThrow(() -> new PaymentRefusal(NcError.DATA_VALIDATION, "unknown order/0/s"));
        if (!account.isSignedIn(form.all(), shaSign)) {
            throw new PaymentRefusal(NcError.DATA_VALIDATION, "unknown order/1/s");
        }
        return account;
    }
}
