package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Settings as the commands that run without the service see them, in the service's order: a JVM system
 * property ({@code -Dnianbao.inbox=...}), then an environment variable ({@code NIANBAO_INBOX}: upper
 * case, dots and dashes as underscores), then {@code application.properties}.
 */
final class LayeredProperties implements Function<String, Optional<String>> {

    private static final String DEFAULTS = "/application.properties";

    private final Properties system;
    private final Map<String, String> environment;
    private final Properties defaults;

    LayeredProperties(Properties system, Map<String, String> environment, Properties defaults) {
        this.system = system;
        this.environment = environment;
        this.defaults = defaults;
    }

    /** The running JVM's properties and environment over the bundled defaults. */
    static LayeredProperties ofThisProcess() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = LayeredProperties.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IOException(DEFAULTS + " is missing from the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                defaults.load(reader);
            }
        }
        return new LayeredProperties(System.getProperties(), System.getenv(), defaults);
    }

    @Override
    public Optional<String> apply(String key) {
        String value = system.getProperty(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        if (value == null) {
            value = defaults.getProperty(key);
        }
        return Optional.ofNullable(value);
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
