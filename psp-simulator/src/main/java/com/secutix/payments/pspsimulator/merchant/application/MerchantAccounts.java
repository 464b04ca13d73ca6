package com.secutix.payments.pspsimulator.merchant.application;

import com.secutix.payments.pspsimulator.merchant.domain.MerchantAccount;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The merchant accounts the simulator knows, from configuration. PSPIDs are case-sensitive, as at Ogone. */
public class MerchantAccounts {

    private final Map<String, MerchantAccount> byPspid = new LinkedHashMap<>();

    public MerchantAccounts(Collection<MerchantAccount> accounts) {
        accounts.forEach(account -> {
            if (byPspid.putIfAbsent(account.pspid(), account) != null) {
                throw new IllegalArgumentException("duplicate PSPID in configuration: " + account.pspid());
            }
        });
    }

    public Optional<MerchantAccount> find(String pspid) {
        return Optional.ofNullable(pspid).map(byPspid::get);
    }
}
