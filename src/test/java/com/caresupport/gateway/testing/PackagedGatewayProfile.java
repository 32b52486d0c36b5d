package com.caresupport.gateway.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The configuration a {@code @QuarkusIntegrationTest} passes to the packaged gateway, which runs in prod: its own
 * fresh H2 file database (not the prod default {@code ./data} in the project), the sandbox, an API key, and the
 * management interface on {@code quarkus.management.test-port}. Quarkus moves only the HTTP port to its test
 * port; without this the jar would take the prod management port 9000, which other runs on the machine may hold.
 * Subclasses add or replace properties in {@link #overrides()}.
 */
public class PackagedGatewayProfile implements QuarkusTestProfile {

    public static final String API_KEY = "packaged-test-key";

    @Override
    public final Map<String, String> getConfigOverrides() {
        int httpPort = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        int managementPort = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(9001);
        Map<String, String> properties = new HashMap<>(Map.of(
                "quarkus.management.port", String.valueOf(managementPort),
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + freshDirectory().resolve("gateway") + ";AUTO_SERVER=TRUE",
                "gateway.api.keys", API_KEY,
                "linq.sandbox.enabled", "true",
                "linq.api-token", "sandbox-token",
                "linq.phone-number", "+15555550100",
                "linq.base-url", "http://localhost:" + httpPort + "/sandbox/linq/api/partner"));
        properties.putAll(overrides());
        return properties;
    }

    /** Properties that differ from, or add to, the defaults above. */
    protected Map<String, String> overrides() {
        return Map.of();
    }

    private static Path freshDirectory() {
        try {
            return Files.createTempDirectory("linq-gateway-it").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
