package com.caresupport.gateway.cli;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In CLI mode, turns off what only a server needs: the HTTP and management ports, the scheduled jobs (outbox worker,
 * poller, webhook retries), schema migration and the banner, and sends logs to stderr (as text, also in
 * prod) so that stdout
 * carries only the command's output. Ordinal 275: above application.properties, below system properties
 * and environment variables, so an operator can still override any of it.
 */
public class CliModeConfigSource implements ConfigSource {

    private static final Map<String, String> CLI = Map.of(
            "quarkus.http.host-enabled", "false",
            "quarkus.management.host-enabled", "false",
            "quarkus.scheduler.enabled", "false",
            "quarkus.flyway.migrate-at-start", "false",
            "quarkus.banner.enabled", "false",
            "quarkus.log.console.stderr", "true",
            "quarkus.log.console.json.enabled", "false",
            "quarkus.log.level", "WARN",
            // The REST client's connection gauge gets registered twice in a verb's run; Micrometer's one-off
            // notice about it is not the verb's outcome and must not add a second stderr line.
            "quarkus.log.category.\"io.micrometer.core.instrument.MeterRegistry\".level", "ERROR",
            "gateway.dev-subscription.enabled", "false");

    private final Map<String, String> properties = CliMode.active() ? CLI : Map.of();

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "linq-gateway-cli-mode";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
