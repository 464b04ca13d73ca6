package com.secutix.payments.platform.config;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the settings that belong to the local stack only (docs/conventions.md, "Configuration defaults"):
 * <ul>
 *   <li>a secret-like setting (its last name part contains password, passphrase, secret, key or token) whose
 *       value contains {@code demo} (every demo secret of the repository does) or is a published local value
 *       ({@code payments}, the local PostgreSQL password);</li>
 *   <li>a {@code payments.*} setting holding an {@code http://} URL (the PSP's, above all);</li>
 *   <li>the JWT issuer or key-set URI on a loopback host, or over {@code http://};</li>
 *   <li>an encryption key of sealed secrets ({@code payments.secrets.keys.<key-id>}) whose id or value contains
 *       {@code demo}: the local stack's demo key.</li>
 * </ul>
 * A finding names the setting, never its value.
 */
final class LocalOnlySettings {

    private static final List<String> SECRET_WORDS = List.of("password", "passphrase", "secret", "key", "token");
    /** The encryption keys of sealed secrets, by id (platform {@code secrets}). */
    private static final String SECRET_KEYS = "payments.secrets.keys";
    private static final Set<String> PUBLISHED_LOCAL_SECRETS = Set.of("payments");
    private static final Set<String> TOKEN_ISSUER_SETTINGS = Set.of(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri", "spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "0.0.0.0", "[::1]", "::1", "[::]");

    private LocalOnlySettings() {
    }

    /** One line per offending setting, sorted by name; empty when there is none. */
    static List<String> findIn(ConfigurableEnvironment environment) {
        // the first source that has a setting is the one Boot uses: sources come in precedence order
        Map<String, ConfigurationProperty> settings = new TreeMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().forEach(name -> {
                    ConfigurationProperty property = iterable.getConfigurationProperty(name);
                    if (property != null && property.getValue() != null) {
                        settings.putIfAbsent(name.toString(), property);
                    }
                });
            }
        }
        List<String> findings = new ArrayList<>();
        settings.forEach((name, property) -> finding(name, environment.resolvePlaceholders(String.valueOf(property.getValue())).strip())
                .map(finding -> finding.replaceFirst(Pattern.quote(name), Matcher.quoteReplacement(displayName(property))))
                .ifPresent(findings::add));
        return findings;
    }

    /** The name as Boot reads it ({@code payments.psp.base-url}), or the environment variable it came from. */
    private static String displayName(ConfigurationProperty property) {
        String variable = property.getOrigin() instanceof SystemEnvironmentOrigin origin ? origin.getProperty()
                : property.getOrigin() instanceof PropertySourceOrigin origin
                        && origin.getPropertySource() instanceof SystemEnvironmentPropertySource ? origin.getPropertyName()
                : null;
        return variable == null ? property.getName().toString() : property.getName() + " (environment variable " + variable + ")";
    }

    static Optional<String> finding(String name, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (name.startsWith(SECRET_KEYS) && (name.toLowerCase(Locale.ROOT).contains("demo") || lower.contains("demo"))) {
            return Optional.of(name + " is a DEMO key of the repository");
        }
        if (isSecretLike(name) && (lower.contains("demo") || PUBLISHED_LOCAL_SECRETS.contains(value))) {
            return Optional.of(name + " holds a DEMO value of the repository");
        }
        if (TOKEN_ISSUER_SETTINGS.contains(name)) {
            if (isOnLoopback(lower)) {
                return Optional.of(name + " points at this machine (localhost)");
            }
            if (lower.startsWith("http://")) {
                return Optional.of(name + " is an http:// URL (use https://)");
            }
        }
        if (name.startsWith("payments.") && lower.startsWith("http://")) {
            return Optional.of(name + " is an http:// URL (use https://)");
        }
        return Optional.empty();
    }

    private static boolean isSecretLike(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(last::contains);
    }

    private static boolean isOnLoopback(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && (LOOPBACK_HOSTS.contains(host) || host.startsWith("127."));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
