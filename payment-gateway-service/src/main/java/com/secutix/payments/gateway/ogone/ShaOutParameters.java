package com.secutix.payments.gateway.ogone;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters Ogone includes in a SHA-OUT signature (the e-Commerce / Alias Gateway SHA-OUT list).
 * Anything else on a redirect, such as the fields passed through with PARAMPLUS, comes back unsigned
 * and must not take part in the check.
 */
public final class ShaOutParameters {

    private static final Set<String> SIGNED = Set.of(
            "AAVADDRESS", "AAVCHECK", "AAVMAIL", "AAVNAME", "AAVPHONE", "AAVZIP", "ACCEPTANCE", "ALIAS", "AMOUNT",
            "BIC", "BIN", "BRAND", "CARDNO", "CCCTY", "CN", "COLLECTOR_BIC", "COLLECTOR_IBAN", "COMPLUS",
            "CREATION_STATUS", "CREDITDEBIT", "CURRENCY", "CVCCHECK", "DCC_COMMPERCENTAGE", "DCC_CONVAMOUNT",
            "DCC_CONVCCY", "DCC_EXCHRATE", "DCC_EXCHRATESOURCE", "DCC_EXCHRATETS", "DCC_INDICATOR",
            "DCC_MARGINPERCENTAGE", "DCC_VALIDHOURS", "DEVICEID", "DIGESTCARDNO", "ECI", "ED", "EMAIL",
            "ENCCARDNO", "FXAMOUNT", "FXCURRENCY", "IP", "IPCTY", "MANDATEID", "MOBILEMODE", "NBREMAILUSAGE",
            "NBRIPUSAGE", "NBRIPUSAGE_ALLTX", "NBRUSAGE", "NCERROR", "NCERRORCARDNO", "NCERRORCN", "NCERRORCVC",
            "NCERRORED", "ORDERID", "PAYID", "PAYIDSUB", "PAYMENT_REFERENCE", "PM", "SCO_CATEGORY", "SCORING",
            "SEQUENCETYPE", "SIGNDATE", "STATUS", "SUBBRAND", "SUBSCRIPTION_ID", "TICKET", "TRXDATE", "VC");

    private ShaOutParameters() {
    }

    public static boolean isSigned(String name) {
        return SIGNED.contains(name.toUpperCase(Locale.ROOT));
    }

    /** The parameters of a redirect that the SHA-OUT signature covers, names as given. */
    public static Map<String, String> signedPart(Map<String, String> parameters) {
        Map<String, String> signed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (isSigned(name)) {
                signed.put(name, value);
            }
        });
        return signed;
    }
}
