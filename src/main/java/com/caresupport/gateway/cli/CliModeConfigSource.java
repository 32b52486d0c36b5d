package com.caresupport.gateway.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In CLI mode, turns off what only a server needs: the HTTP and management ports, the scheduled jobs (outbox
 * worker, poller, webhook retries), schema migration and the banner, and sends logs to stderr (as text, also in
 * prod) so that stdout carries only the command's output. Verbs that store nothing also start without the
 * database. Ordinal 275: above application.properties, below system properties and environment variables, so
 * an operator can still override any of it.
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
            // The Linq client's interfaces share one client name, so its connection gauge is registered more
            // than once; Micrometer's warning about it would be a second line on a failing verb's stderr.
            "quarkus.log.category.\"io.micrometer.core.instrument.MeterRegistry\".level", "ERROR",
            "gateway.dev-subscription.enabled", "false");

    /**
     * For verbs that only call Linq: no connection pool, no Hibernate ORM boot, no Flyway validation. These
     * are most of a verb's start-up time, and a verb that stores nothing should not fail when the database is down.
     */
    private static final Map<String, String> NO_DATABASE = Map.of(
            "quarkus.datasource.active", "false",
            "quarkus.hibernate-orm.active", "false",
            "quarkus.flyway.active", "false");

    private final Map<String, String> properties;

    public CliModeConfigSource() {
        this(CliMode.processArguments());
    }

    /** For the process started with {@code arguments} (JVM options, {@code -jar <jar>}, program arguments). */
    CliModeConfigSource(List<String> arguments) {
        if (!CliMode.active(arguments)) {
            this.properties = Map.of();
        } else if (CliMode.needsDatabase(arguments)) {
            this.properties = CLI;
        } else {
            Map<String, String> properties = new HashMap<>(CLI);
            properties.putAll(NO_DATABASE);
            this.properties = Map.copyOf(properties);
        }
    }

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
