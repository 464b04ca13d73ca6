package com.secutix.payments.platform.config;

import java.util.List;

/** A service that keeps sealed secrets started without its key ring ({@link SecretKeySettings}). */
public class MissingSecretKeysException extends IllegalStateException {

    MissingSecretKeysException(List<String> missing) {
        super("Refusing to start: this service keeps secrets sealed (payments.secrets.required=true) and "
                + String.join("; ", missing) + ". Give it its key ring from the environment or a secrets file "
                + "(platform-core README, \"Secrets at rest\").");
    }
}
