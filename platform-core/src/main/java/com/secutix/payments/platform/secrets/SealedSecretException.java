package com.secutix.payments.platform.secrets;

/**
 * A sealed value that cannot be opened: not in the sealed format, sealed under a key the ring lacks (the message
 * names the key id), altered, or sealed for another context. The message never holds the value.
 */
public class SealedSecretException extends IllegalStateException {

    SealedSecretException(String message) {
        super(message);
    }

    SealedSecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
