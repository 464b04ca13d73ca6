package com.secutix.payments.platform.secrets;

import com.secutix.payments.platform.config.PlatformDefaultsEnvironmentPostProcessor;
import java.util.Map;

/**
 * The local profile's DEMO key ring as a sealer, for what must seal or open a value outside a running service: a test
 * that builds an event by hand as a service would publish it, or reads one a service published. The same keys the
 * platform's local defaults give every service; refused outside the local profile like every demo secret.
 */
public final class LocalDemoSecrets {

    private static final String KEYS = "payments.secrets.keys.";

    private LocalDemoSecrets() {
    }

    public static SecretSealer sealer() {
        Map<String, Object> defaults = PlatformDefaultsEnvironmentPostProcessor.localDefaults();
        String activeKey = (String) defaults.get("payments.secrets.active-key");
        return new SecretSealer(SecretKeyRing.of(Map.of(activeKey, (String) defaults.get(KEYS + activeKey)), activeKey,
                (String) defaults.get("payments.secrets.lookup-key")));
    }

    /** The alias sealed as the platform's events carry it, for the tenant. */
    public static String sealedAlias(String tenantId, String alias) {
        return sealer().seal(alias, SealContext.pspAlias(tenantId));
    }

    /** The alias of a sealed value the platform's events carry, for the tenant. */
    public static String openedAlias(String tenantId, String sealedAlias) {
        return sealer().open(sealedAlias, SealContext.pspAlias(tenantId));
    }
}
