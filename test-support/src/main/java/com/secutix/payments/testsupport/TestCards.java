package com.secutix.payments.testsupport;

/**
 * The PSP simulator's test cards (docs/conventions.md, "Test cards"). Public test numbers only:
 * any 3-digit CVC (4 for American Express) and any expiry date not in the past are accepted.
 */
public final class TestCards {

    public static final String VISA_APPROVED = "4111111111111111";
    public static final String MASTERCARD_APPROVED = "5555555555554444";
    public static final String AMEX_APPROVED = "378282246310005";
    public static final String MAESTRO_APPROVED = "6759649826438453";
    public static final String DINERS_APPROVED = "36227206271667";
    /** STATUS 2 on an authorisation, 93 on a sale. */
    public static final String DECLINED = "4000000000000002";
    /** STATUS 46: the buyer must pass a 3-D Secure challenge. */
    public static final String THREE_D_SECURE_CHALLENGE = "4000000000003220";
    /** STATUS 92 on a sale, 52 on an authorisation; querydirect later answers 9 / 5. */
    public static final String UNCERTAIN = "4000000000000259";
    /** The simulator answers after the client's timeout; the order is recorded as accepted. */
    public static final String NO_ANSWER_IN_TIME = "4000000000000119";
    /** Approved, but every refund is refused (STATUS 83). */
    public static final String REFUND_REFUSED = "4000000000005126";

    public static final String CVC = "123";
    public static final String AMEX_CVC = "1234";
    /** MMYY, years ahead. */
    public static final String EXPIRY = "1230";

    private TestCards() {
    }
}
