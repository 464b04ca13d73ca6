package com.secutix.payments.gateway.cardentry.adapter.out.psp;

import com.secutix.payments.gateway.cardentry.application.AliasGateway;
import com.secutix.payments.gateway.cardentry.application.NoCardEntryAccountException;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.CardEntryForm;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardEntryRequest;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;
import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.platform.web.returnurls.ReturnUrls;
import com.secutix.payments.gateway.ogone.ShaOutParameters;
import com.secutix.payments.gateway.ogone.ShaSignature;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ogone's Alias Gateway ({@code alias_gateway_utf8.asp}): the form's fields, signed with SHA-IN over exactly
 * the fields of the Alias Gateway's SHA-IN list our server puts in it (never the card fields), and the SHA-OUT
 * check of its redirects over the parameters of Ogone's SHA-OUT list only (PARAMPLUS fields come back unsigned).
 * A CVV re-entry's form is an alias update: the existing alias with the card's masked {@code CARDNO}, {@code CN}
 * and {@code ED} (MMYY), unsigned, so the buyer adds the {@code CVC} only and the PSP keeps it for the next order.
 */
public class OgoneAliasGateway implements AliasGateway {

    static final String PATH = "alias_gateway_utf8.asp";
    /** Keep the alias after the first payment: the card may be saved and charged again. */
    private static final String KEEP_ALIAS = "Y";

    private final PspProperties properties;

    public OgoneAliasGateway(PspProperties properties) {
        this.properties = properties;
    }

    @Override
    public CardEntryForm signedForm(String tenantId, CardEntryRequest request, CardEntryReference reference,
            CardAlias alias, Optional<EnteredCard> cardOnFile) {
        PspProperties.Account account = accountOf(tenantId);
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("PSPID", account.pspid());
        signed.put("ORDERID", reference.value());
        signed.put("ACCEPTURL", request.acceptUrl().toString());
        signed.put("EXCEPTIONURL", request.exceptionUrl().toString());
        signed.put("ALIAS", alias.value());
        signed.put("ALIASPERSISTEDAFTERUSE", KEEP_ALIAS);
        request.paramPlus().ifPresent(paramPlus -> signed.put("PARAMPLUS", paramPlus));
        String signature = ShaSignature.of(signed, account.shaInPassphrase(), account.hashAlgorithm());
        Map<String, String> fields = new LinkedHashMap<>(signed);
        cardOnFile.ifPresent(card -> {
            fields.put("CARDNO", card.maskedNumber());
            if (card.holderName() != null && !card.holderName().isBlank()) {
                fields.put("CN", card.holderName());
            }
            fields.put("ED", card.expiry().replace("/", ""));
        });
        fields.put(ShaSignature.PARAMETER, signature);
        return new CardEntryForm(action(), fields);
    }

    @Override
    public boolean isSignedByPsp(String tenantId, RedirectParameters redirect) {
        PspProperties.Account account = accountOf(tenantId);
        String shaOutPassphrase = account.shaOutPassphrase();
        if (shaOutPassphrase == null || shaOutPassphrase.isBlank()) {
            throw new NoCardEntryAccountException(tenantId, "SHA-OUT passphrase");
        }
        String given = redirect.get(ShaSignature.PARAMETER).orElse(null);
        return ShaSignature.matches(given, ShaOutParameters.signedPart(redirect.values()), shaOutPassphrase,
                account.hashAlgorithm());
    }

    @Override
    public ReturnUrls allowedReturnUrls(String tenantId) {
        return accountOf(tenantId).allowedReturnUrls();
    }

    private URI action() {
        return properties.baseUrl().resolve(PATH);
    }

    private PspProperties.Account accountOf(String tenantId) {
        return properties.accountOf(tenantId)
                .orElseThrow(() -> new NoCardEntryAccountException(tenantId, "PSP account"));
    }
}
